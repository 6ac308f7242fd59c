import Testing
import VerityAnalysis
import VerityCore
@testable import VerityRules

/// The engine's shortcuts (token classes without property lookups, ASCII name splitting, the
/// shared start index, the key table) give exactly what the plain ways give.
@Suite struct EngineShortcutTests {
    /// Text with the cases the shortcuts special-case: ASCII and other scripts, digits of other
    /// scripts, years at the edges, upper case outside ASCII, typographic apostrophes and dashes.
    let text = """
        THİS Official said the so‑called “regime” made “a terrible mistake that everyone in Ankara will regret, believe me”. \
        Some analysts say 300 people fled last week; critics said ٣٠٠ civilians and ３００ soldiers died in 1799, 1800, 2099 and 2100. \
        It is widely believed that Émile’s party allegedly claimed victory, with $5 million and 12 per cent lost. \
        Ölçek reportedly admitted to hospital ² people on Monday. Clearly, the self‑proclaimed leader’s heroic “victory” was apparently a stunt.
        """

    @Test func tokenClassesAgreeWithUnicodeProperties() {
        let analysis = Analyzer().analyze(article([text]))
        let context = RuleContext(analysis: analysis)
        let scalars = analysis.document.scalars
        for (index, token) in analysis.tokens.enumerated() {
            let first = scalars[token.range.start]
            let isNumber = token.kind == .number && first.properties.numericType != nil
            let digits = token.range.offsets.map { scalars[$0].properties.numericType != nil ? Int(String(scalars[$0])) : nil }
            let year = token.range.length == 4 && !digits.contains(nil) && (1800...2099).contains(digits.reduce(0) { $0 * 10 + ($1 ?? 0) })
            let classes = context.classes[index]
            let word = analysis.document.text(in: token.range)
            #expect(classes.contains(.word) == (token.kind == .word), "\(word)")
            #expect(classes.contains(.capitalized) == (token.kind == .word && first.properties.isUppercase), "\(word)")
            #expect(classes.contains(.number) == isNumber, "\(word)")
            #expect(classes.contains(.figure) == (isNumber && !year), "\(word)")
            #expect(classes.contains(.punctuation) == (token.kind == .punctuation), "\(word)")
        }
    }

    @Test(arguments: [
        "Brig. Gen. Ali Hajizadeh", "al-Qassam Brigades", "U.S. State Department", "-Foo Bar-baz", "NATO",
        "IRGC-QF", "the Ministry of Foreign Affairs", "Mr Xi Jinping", "", "Dr", "Commander Of The Army",
    ])
    func asciiNamesSplitLikeCharacters(text: String) {
        var ascii = PartyNames()
        ascii.addASCIINames(text)
        var general = PartyNames()
        general.addNames(text)
        #expect(ascii.keys == general.keys)
    }

    @Test func sharedStartIndexFindsWhatEachRuleFindsAlone() throws {
        let rules = try RuleSet.load(directory: shippedRulesDirectory)
        let configuration = try Configuration.parse("enable: [peacock-terms]", path: ".verity.yml", rules: rules)
        let analysis = Analyzer().analyze(article([text, "Prices rose 40 percent last year, officials said."]))
        let audited = Auditor(rules: rules, configuration: configuration).audit(analysis).findings
        let context = RuleContext(analysis: analysis)
        let alone = rules.rules.flatMap { $0.findings(in: context) }
        func sorted(_ findings: [Finding]) -> [Finding] { findings.sorted { ($0.range, $0.ruleID) < ($1.range, $1.ruleID) } }
        #expect(audited.count > 10)
        #expect(sorted(audited) == sorted(alone))
    }

    @Test(arguments: [
        String(repeating: "word ", count: 30), String(repeating: "x", count: 130), String(repeating: "ab ", count: 21),
        "short text", String(repeating: "a\r\nb ", count: 30), String(repeating: "é ", count: 70),
        String(repeating: "abc", count: 20) + " tail", String(repeating: "abcdefghi ", count: 6) + "j",
    ])
    func asciiExcerptsCutLikeCharacters(text: String) {
        let analysis = Analyzer().analyze(article([text]))
        let context = RuleContext(analysis: analysis)
        let count = analysis.document.scalars.count
        for start in [0, 1, 5] where start < count {
            for end in [start + 59, start + 60, start + 61, start + 120, start + 121, count] where end <= count {
                let range = TextRange(start, end)
                let plain = Excerpt.cut(analysis.document.text(in: TextRange(start, min(end, start + 120))), length: range.length)
                #expect(Excerpt.of(range, in: context) == plain, "\(range)")
            }
        }
    }

    @Test func keyTableKeepsNodesApartAndGrows() {
        var table = KeyTable()
        for key in UInt64(0)..<500 {
            table.set(Int(key), node: 0, key: key &* 0x1_0000_0000)
            table.set(Int(key) + 1000, node: 7, key: key &* 0x1_0000_0000)
        }
        #expect(table.count == 1000)
        #expect(table.value(node: 0, key: 3 &* 0x1_0000_0000) == 3)
        #expect(table.value(node: 7, key: 3 &* 0x1_0000_0000) == 1003)
        #expect(table.value(node: 1, key: 3 &* 0x1_0000_0000) == nil)
        #expect(table.value(node: 0, key: 12345) == nil)
        table.set(42, node: 0, key: 0)
        #expect(table.value(node: 0, key: 0) == 42)
        #expect(table.count == 1000)
    }
}
