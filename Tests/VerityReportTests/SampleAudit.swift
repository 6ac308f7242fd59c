import VerityCore
import VerityReport

/// The audit every golden is rendered from: a short article the project wrote, with a
/// hand-built analysis and hand-built findings (two of which overlap).
enum SampleAudit {
    static let context = ReportContext(toolVersion: "0.1.0-test", generatedAt: "2026-01-02T03:04:05Z")

    static let metadata = ArticleMetadata(
        title: "Bridge repairs to cost twice the first estimate",
        authors: ["Mara Okafor", "Tomas Reyes"], outlet: "The Northern Ledger",
        published: "2026-03-14", url: "https://ledger.example/news/bridge-repairs", language: "en")

    static let fixture = ArticleFixture(
        metadata: metadata,
        blocks: [
            (.heading, "Bridge repairs to cost twice the first estimate"),
            (.paragraph, "Repairs to the Kessel Street bridge will cost 4.2 million euros, nearly twice the council’s first estimate, officials said on Tuesday."),
            (.paragraph, "“The steel is in worse shape than anyone expected,” said Ingrid Halvorsen, the city’s chief engineer. She added that the work would likely run into the autumn."),
            (.paragraph, "A council source, who asked not to be named, described the original survey as “rushed”. The contractor, Brightline Works, said the new figure was “the only responsible number”."),
            (.paragraph, "Traffic will be diverted for at least six months, the council said."),
        ],
        firstSourceLine: 12)

    static var result: AuditResult {
        let f = fixture
        let tokens = f.tokens()
        let sentences = f.sentences(
            [
                "Bridge repairs to cost twice the first estimate",
                "Repairs to the Kessel Street bridge will cost 4.2 million euros, nearly twice the council’s first estimate, officials said on Tuesday.",
                "“The steel is in worse shape than anyone expected,” said Ingrid Halvorsen, the city’s chief engineer.",
                "She added that the work would likely run into the autumn.",
                "A council source, who asked not to be named, described the original survey as “rushed”.",
                "The contractor, Brightline Works, said the new figure was “the only responsible number”.",
                "Traffic will be diverted for at least six months, the council said.",
            ], tokens: tokens)
        let body = sentences[1].range.start
        let speakers = [
            Speaker(
                name: "Ingrid Halvorsen", kind: .namedPerson, roles: ["chief engineer"], affiliations: ["the city"],
                mentions: [f.range(of: "Ingrid Halvorsen"), f.range(of: "She")]),
            Speaker(
                name: "A council source", kind: .unnamedIndividual, affiliations: ["the council"],
                mentions: [f.range(of: "A council source")]),
            Speaker(
                name: "Brightline Works", kind: .organisation, roles: ["contractor"],
                mentions: [f.range(of: "Brightline Works")]),
            Speaker(
                name: "the council", kind: .organisation,
                mentions: [f.range(of: "officials"), f.range(of: "the council", from: sentences[6].range.start)]),
        ]
        let quotes = [
            Quote(
                range: f.range(of: "Repairs to the Kessel Street bridge will cost 4.2 million euros, nearly twice the council’s first estimate"),
                kind: .indirect, cue: f.range(of: "said", from: sentences[1].range.start), speaker: SpeakerMention(range: f.range(of: "officials"), entity: 3),
                sentenceIndex: 1),
            Quote(
                range: f.range(of: "The steel is in worse shape than anyone expected,"), kind: .direct,
                cue: f.range(of: "said", from: sentences[2].range.start),
                speaker: SpeakerMention(range: f.range(of: "Ingrid Halvorsen"), entity: 0), sentenceIndex: 2),
            Quote(
                range: f.range(of: "the work would likely run into the autumn"), kind: .indirect,
                cue: f.range(of: "added"), speaker: SpeakerMention(range: f.range(of: "She"), entity: 0), sentenceIndex: 3),
            Quote(
                range: f.range(of: "rushed"), kind: .mixed, cue: f.range(of: "described"),
                speaker: SpeakerMention(range: f.range(of: "A council source"), entity: 1), sentenceIndex: 4),
            Quote(
                range: f.range(of: "the only responsible number"), kind: .mixed, cue: f.range(of: "said", from: sentences[5].range.start),
                speaker: SpeakerMention(range: f.range(of: "Brightline Works"), entity: 2), sentenceIndex: 5),
            Quote(
                range: f.range(of: "Traffic will be diverted for at least six months"), kind: .indirect,
                cue: f.range(of: "said", from: sentences[6].range.start), speaker: SpeakerMention(range: f.range(of: "the council", from: sentences[6].range.start), entity: 3),
                sentenceIndex: 6),
        ]
        let claims = [
            Claim(
                range: quotes[0].range, sentenceIndex: 1, source: .speaker(quote: 0, speaker: 3), sourceKind: .organisation,
                signals: [.init(kind: .number, range: f.range(of: "4.2 million euros")), .init(kind: .comparative, range: f.range(of: "twice", from: body))],
                checkworthiness: 0.82),
            Claim(
                range: quotes[2].range, sentenceIndex: 3, source: .speaker(quote: 2, speaker: 0), sourceKind: .namedPerson,
                hedges: [f.range(of: "likely")], signals: [.init(kind: .prediction, range: f.range(of: "would likely"))],
                checkworthiness: 0.41),
            Claim(
                range: quotes[4].range, sentenceIndex: 5, source: .speaker(quote: 4, speaker: 2), sourceKind: .organisation,
                signals: [.init(kind: .superlative, range: f.range(of: "only responsible"))], checkworthiness: 0.35,
                interest: .ownActions),
            Claim(
                range: quotes[5].range, sentenceIndex: 6, source: .article,
                signals: [.init(kind: .duration, range: f.range(of: "six months"))], checkworthiness: 0.6),
        ]
        var document = f.document
        document.comments = [InlineComment(text: "verity: checked figures with the desk", offset: sentences[6].range.start, location: SourceLocation(line: 23, column: 3))]
        let analysis = DocumentAnalysis(
            document: document, tokens: tokens, sentences: sentences, quotes: quotes, speakers: speakers, claims: claims)
        let findings = [
            Finding(
                ruleID: "unsourced-figure", level: .error, message: "The figure is attributed only to “officials”: name the document or the person.",
                range: f.range(of: "4.2 million euros, nearly twice"), sentenceIndex: 1, quoteIndex: 0, claimIndex: 0, speakerIndex: 3),
            Finding(
                ruleID: "comparison-baseline", level: .info, message: "Give the baseline of the comparison.",
                range: f.range(of: "twice the council’s first estimate"), sentenceIndex: 1, claimIndex: 0),
            Finding(
                ruleID: "hedged-claim", level: .info, message: "Hedged claim (“likely”): say what it depends on.",
                range: f.range(of: "likely"), sentenceIndex: 3, quoteIndex: 2, claimIndex: 1, speakerIndex: 0),
            Finding(
                ruleID: "anonymous-source", level: .warning, message: "An unnamed source is quoted: say why anonymity was granted.",
                range: f.range(of: "A council source"), sentenceIndex: 4, quoteIndex: 3, speakerIndex: 1),
            Finding(
                ruleID: "interested-party", level: .warning, message: "Brightline Works gains from this claim: seek an independent source.",
                range: f.range(of: "the only responsible number"), sentenceIndex: 5, quoteIndex: 4, claimIndex: 2, speakerIndex: 2),
        ]
        return AuditResult(analysis: analysis, findings: findings, rules: rules)
    }

    static let rules: [String: RuleInfo] = [
        "anonymous-source": RuleInfo(
            id: "anonymous-source", family: "sourcing", title: "Anonymous source", level: .warning,
            explanation: "Readers should know why a source is not named and how the newsroom knows the source is in a position to know.",
            links: ["https://guidelines.example/sourcing#anonymous"]),
        "interested-party": RuleInfo(
            id: "interested-party", family: "sourcing", title: "Interested party", level: .warning,
            explanation: "A claim made by someone who gains from it needs an independent check.",
            links: ["https://guidelines.example/sourcing#interest"]),
        "hedged-claim": RuleInfo(
            id: "hedged-claim", family: "claims", title: "Hedged claim", level: .info,
            explanation: "Hedges signal uncertainty; the reader should learn what the claim depends on."),
        "unsourced-figure": RuleInfo(
            id: "unsourced-figure", family: "numbers", title: "Figure without a named source", level: .error,
            explanation: "Every figure needs a source the reader can identify.",
            links: ["https://guidelines.example/numbers#sources", "https://guidelines.example/numbers"]),
        "comparison-baseline": RuleInfo(
            id: "comparison-baseline", family: "numbers", title: "Comparison without a baseline", level: .info,
            explanation: "A comparison means little unless the reader knows what it is compared with.",
            links: ["https://guidelines.example/numbers#comparisons"]),
    ]
}
