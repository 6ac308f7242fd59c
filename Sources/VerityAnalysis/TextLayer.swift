import VerityCore

/// The first analysis step: tokens and sentences of a document.
public struct TextLayer: Sendable {
    public init() {}

    /// A fresh analysis of `document` holding its tokens and sentences.
    public func analyze(_ document: Document) -> DocumentAnalysis {
        let tokens = Tokenizer().tokens(in: document)
        let sentences = SentenceSplitter().sentences(in: document, tokens: tokens)
        return DocumentAnalysis(document: document, tokens: tokens, sentences: sentences)
    }
}
