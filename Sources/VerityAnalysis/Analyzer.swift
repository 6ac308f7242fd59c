import VerityCore

/// Runs every analysis step over a document: tokens, sentences, quotes, speakers, claims.
public struct Analyzer: Sendable {
    public init() {}

    /// Analyses `document`; never throws: odd text degrades locally.
    public func analyze(_ document: Document) -> DocumentAnalysis {
        let tokens = Tokenizer().tokens(in: document)
        let sentences = SentenceSplitter().sentences(in: document, tokens: tokens)
        var analysis = DocumentAnalysis(document: document, tokens: tokens, sentences: sentences)
        analysis.claims = ClaimFinder().claims(in: analysis)
        return analysis
    }
}
