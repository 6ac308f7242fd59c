import Testing
import VerityAnalysis
import VerityCore
@testable import VerityRules

@Suite struct TokenPatternTests {
    /// The texts a pattern matches in `text`, in order.
    func matches(_ pattern: String, in text: String) throws -> [String] {
        let check = try PatternCheck(match: YAMLValue(content: .scalar(pattern), location: nil, tag: ""), path: "p")
        let analysis = Analyzer().analyze(article([text]))
        let context = RuleContext(analysis: analysis)
        return check.matches(in: context).map { analysis.document.text(in: $0.range) }
    }

    @Test func wordsAlternativesAndOptionalParts() throws {
        #expect(try matches("(some | many)? critics (say | said)", in: "Many critics said no. Critics say yes.") == ["Many critics said", "Critics say"])
        #expect(try matches("it is (widely)? believed", in: "It is believed and it is widely believed.") == ["It is believed", "it is widely believed"])
    }

    @Test func classesAndPrefixes() throws {
        #expect(try matches("<figure> percent", in: "In 2024 prices rose 12 percent.") == ["12 percent"])
        #expect(try matches("<figure>", in: "In 2024 there were 300 boats.") == ["300"])
        #expect(try matches("claim* that", in: "He claimed that it worked; she claims that too.") == ["claimed that", "claims that"])
        #expect(try matches("<cap> <cap>+ said", in: "Then Ana Maria Ruiz said it.") == ["Then Ana Maria Ruiz said"])
    }

    @Test func firstWordAloneDecidesWhenTheNextTokenCannotContinue() throws {
        #expect(try matches("last (week)?", in: "The last one. The last week. At last") == ["last", "last week", "last"])
        #expect(try matches("some (critics | <cap>)", in: "Some said so; some Critics did; some critics too.") == ["some Critics", "some critics"])
        #expect(try matches("(a | <number>) (days | weeks) ago", in: "A day ago, 3 weeks ago, a week later.") == ["3 weeks ago"])
    }

    @Test func matchesNeverCrossSentences() throws {
        #expect(try matches("rose sharply", in: "Prices rose. Sharply they fell.").isEmpty)
    }

    @Test func longestMatchWins() throws {
        #expect(try matches("last (week | week end)?", in: "It happened last week.") == ["last week"])
    }

    @Test(arguments: [
        ("(critics say", "missing ')'"),
        ("critics say)", "unexpected ')'"),
        ("<colour>", "unknown class <colour>"),
        ("+ critics", "nothing to repeat"),
        ("(a | )", "empty alternative"),
        ("(critics)?", "can match no words"),
    ])
    func badPatternsAreReported(pattern: String, problem: String) {
        do {
            _ = try TokenPattern(pattern)
            Issue.record("'\(pattern)' compiled")
        } catch {
            #expect(error.message.contains(problem), "\(error.message)")
        }
    }

    @Test func pathologicalPatternOnLongSentenceStaysLinear() throws {
        // Nested stars that make a backtracking regex engine explode; the NFA keeps a state set.
        let text = Array(repeating: "a", count: 5_000).joined(separator: " ") + " b"
        let found = try matches("((<any>)* (a)*)* c", in: text)
        #expect(found.isEmpty)
        #expect(try matches("(a)+ b", in: text) == [Array(repeating: "a", count: TokenPattern.maxTokens - 1).joined(separator: " ") + " b"])
    }
}
