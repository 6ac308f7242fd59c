import Testing
import VerityCore
@testable import VerityAnalysis

@Suite struct LexiconTests {
    private func words(_ text: String) -> (TokenWords, Range<Int>, Document) {
        let document = Document(id: "t", source: "-", format: .text, blockTexts: [(.paragraph, text)])
        let tokens = Tokenizer().tokens(in: document)
        return (TokenWords(tokens: tokens, scalars: document.scalars), 0..<tokens.count, document)
    }

    private func matched(_ lexicon: Lexicon, in text: String) -> [String] {
        let (words, range, document) = words(text)
        return lexicon.matches(in: words, tokens: range).map { document.text(in: $0.range) }
    }

    @Test func inflectedEntriesMatchEveryForm() {
        #expect(matched(HedgeLexicon.cues, in: "The data suggested a link; it suggests more.") == ["suggested", "suggests"])
    }

    @Test func longestPhraseWins() {
        #expect(matched(WeaselLexicon.cues, in: "Many experts believe it.") == ["Many experts"])
    }

    @Test func gapsAreBounded() {
        let lexicon = CheckworthinessLexicon.causal
        #expect(matched(lexicon, in: "The barrage forced the enemy to retreat.") == ["forced the enemy to retreat"])
        let far = matched(lexicon, in: "They forced a very long and winding list of things to retreat.")
        #expect(!far.contains { $0.hasSuffix("retreat") })
    }

    @Test func curlyApostrophesAndCaseFold() {
        #expect(matched(LoadedLexicon.labels, in: "The Zionist Enemy’s claims.") == ["Zionist Enemy"])
    }

    @Test(arguments: ["«Ünïcode» prefix. ", ""])
    func rangesAreScalarOffsets(prefix: String) {
        let text = prefix + "Officials reportedly fled."
        let (words, range, _) = words(text)
        let match = HedgeLexicon.cues.matches(in: words, tokens: range)
        let start = prefix.unicodeScalars.count + "Officials ".unicodeScalars.count
        #expect(match.map(\.range) == [TextRange(start, start + "reportedly".count)])
    }

    @Test func signalsFindNumbersDatesDurationsAndCauses() {
        let (words, range, _) = words("In 2024 the strikes hastened a cease-fire after 12 days, the largest drop since March.")
        let kinds = Set(CheckworthinessSignals().signals(in: words, tokens: range).map(\.kind))
        #expect(kinds.isSuperset(of: [.date, .number, .duration, .causal, .superlative]))
        #expect(!kinds.contains(.prediction))
    }

    /// A one-word causal cue used as a noun or inside a name says nothing about a cause.
    @Test(arguments: [
        ("The talks will end the war.", ["end"]),
        ("Officials expect the end of the war in spring.", []),
        ("Mr. Varga's win surprised the council.", []),
        ("Prices saw a 10 percent drop in May.", []),
        ("She spoke for Right to Rise USA on Friday.", []),
        ("The floods forced families to leave.", ["forced families to"]),
    ])
    func causalCuesAreVerbs(_ text: String, _ expected: [String]) {
        let (words, range, document) = words(text)
        let causal = CheckworthinessSignals().signals(in: words, tokens: range).filter { $0.kind == .causal }
        #expect(causal.map { document.text(in: $0.range) } == expected)
    }
}

@Suite struct LexiconCountTests {
    @Test func countAgreesWithMatchesUpToTheLimit() {
        let document = Document(id: "t", source: "-", format: .text, blockTexts: [(.paragraph,
            "It may rain, it might snow, and it could perhaps hail.")])
        let tokens = Tokenizer().tokens(in: document)
        let words = TokenWords(tokens: tokens, scalars: document.scalars)
        let all = HedgeLexicon.cues.matches(in: words, tokens: 0..<tokens.count).count
        #expect(all == 4)
        #expect(HedgeLexicon.cues.matchCount(in: words, tokens: 0..<tokens.count) == all)
        #expect(HedgeLexicon.cues.matchCount(in: words, tokens: 0..<tokens.count, limit: 2) == 2)
    }
}

@Suite struct LexiconSetTests {
    @Test func onePassFindsWhatEachLexiconFinds() {
        let document = Document(id: "t", source: "-", format: .text, blockTexts: [(.paragraph,
            "Critics say the so-called regime reportedly forced the rebels to retreat within two weeks, "
                + "and it is believed that prices will rise by more than 5 percent, the largest jump since 2019.")])
        let tokens = Tokenizer().tokens(in: document)
        let words = TokenWords(tokens: tokens, scalars: document.scalars)
        let set = LexiconSet(SentenceFeatures.lexicons + [CheckworthinessLexicon.causal, CheckworthinessLexicon.duration])
        var found = [[Range<Int>]](repeating: [], count: set.lexicons.count)
        set.scan(in: words, tokens: 0..<tokens.count) { lexicon, range, _ in found[lexicon].append(range) }
        for (index, lexicon) in set.lexicons.enumerated() {
            #expect(found[index] == lexicon.matches(in: words, tokens: 0..<tokens.count).map(\.tokens), "\(lexicon.name)")
        }
        #expect(found.contains { !$0.isEmpty })
    }
}
