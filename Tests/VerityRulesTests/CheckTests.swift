import Testing
import VerityAnalysis
import VerityCore
@testable import VerityRules

/// The attribution and claim checks on analyses built by hand, so they test the engine alone.
@Suite struct CheckTests {
    let text = "\"The plan failed badly,\" an official said. Iran's strikes forced a retreat. \"Victory\" came."

    /// An analysis of `text` with the given quotes, speakers and claims.
    func analysis(quotes: [Quote] = [], speakers: [Speaker] = [], claims: [Claim] = []) -> DocumentAnalysis {
        var analysis = Analyzer().analyze(article([text]))
        analysis.quotes = quotes
        analysis.speakers = speakers
        analysis.claims = claims
        return analysis
    }

    func range(of words: String) -> TextRange {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(words.unicodeScalars)
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            return TextRange(start, start + needle.count)
        }
        return TextRange(0, 0)
    }

    func yaml(_ text: String) -> YAMLValue {
        (try? YAMLValue.parse(text, path: "t")) ?? YAMLValue(content: .scalar(""), location: nil, tag: "")
    }

    @Test func attributionFiltersBySourceKindAndTrimsQuotes() throws {
        let official = Speaker(name: "an official", kind: .unnamedIndividual, mentions: [range(of: "an official")])
        let quote = Quote(
            range: range(of: "The plan failed badly,"), kind: .direct, cue: range(of: "said"),
            speaker: SpeakerMention(range: range(of: "an official"), entity: 0), sentenceIndex: 0)
        let context = RuleContext(analysis: analysis(quotes: [quote], speakers: [official]))
        let anonymous = try AttributionCheck(match: yaml("source_kinds: [unnamed_individual]"), scope: .quote, path: "t")
        let found = anonymous.matches(in: context)
        #expect(found.map(\.range) == [range(of: "The plan failed badly")])
        #expect(found.first?.values["speaker"] == "an official")
        let speakerScope = try AttributionCheck(match: yaml("source_kinds: [unnamed_individual]"), scope: .speaker, path: "t")
        #expect(speakerScope.matches(in: context).map(\.range) == [range(of: "an official")])
        let named = try AttributionCheck(match: yaml("source_kinds: [named_person]"), scope: .quote, path: "t")
        #expect(named.matches(in: context).isEmpty)
        let opinion = try AttributionCheck(match: yaml("content_contains: [failed]\nspeaker_contains: [official]"), scope: .quote, path: "t")
        #expect(opinion.matches(in: context).count == 1)
    }

    @Test func speakerlessShortQuotesAreFoundByLength() throws {
        let scare = Quote(range: range(of: "Victory"), kind: .scare, sentenceIndex: 2)
        let context = RuleContext(analysis: analysis(quotes: [scare]))
        let short = try AttributionCheck(match: yaml("speaker: missing\nmax_words: 3"), scope: .quote, path: "t")
        let long = try AttributionCheck(match: yaml("speaker: missing\nmin_words: 5"), scope: .quote, path: "t")
        #expect(short.matches(in: context).count == 1)
        #expect(long.matches(in: context).isEmpty)
    }

    @Test func claimsFilterBySourceScoreSignalsAndParty() throws {
        let iran = Speaker(name: "Iran", kind: .state, mentions: [])
        let claim = Claim(
            range: range(of: "Iran's strikes forced a retreat"), sentenceIndex: 1, source: .article,
            signals: [.init(kind: .causal, range: range(of: "forced"))], checkworthiness: 0.4)
        let context = RuleContext(analysis: analysis(speakers: [iran], claims: [claim]))
        func count(_ match: String) throws -> Int { try ClaimCheck(match: yaml(match), path: "t").matches(in: context).count }
        #expect(try count("source: article\nsignals: [causal]") == 1)
        #expect(try count("source: speaker") == 0)
        #expect(try count("min_checkworthiness: 0.5") == 0)
        #expect(try count("signals: [number]") == 0)
        #expect(try count("mentions_party: true") == 1)
        #expect(try count("interested_party: true") == 0)
        let withoutParty = RuleContext(analysis: analysis(claims: [claim]))
        #expect(try ClaimCheck(match: yaml("mentions_party: true"), path: "t").matches(in: withoutParty).isEmpty)
    }

    @Test func unknownMatchKeysAreErrors() {
        #expect(throws: RuleLoadError.self) { try ClaimCheck(match: yaml("sigals: [causal]"), path: "t") }
        #expect(throws: RuleLoadError.self) { try AttributionCheck(match: yaml("source_kinds: [nobody]"), scope: .quote, path: "t") }
    }
}
