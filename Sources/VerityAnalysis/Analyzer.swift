import VerityCore

/// Runs every analysis step over a document: tokens, sentences, quotes, speakers, claims.
public struct Analyzer: Sendable {
    public init() {}

    /// Analyses `document`; never throws: odd text degrades locally.
    public func analyze(_ document: Document) -> DocumentAnalysis {
        var analysis = TextLayer().analyze(document)
        QuoteStep().run(on: &analysis)
        analysis.claims = ClaimFinder().claims(in: analysis)
        return analysis
    }
}
