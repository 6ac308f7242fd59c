import VerityCore

/// The quotes-and-speakers step: pairs quotation marks, finds attributions and their content,
/// and merges speaker mentions into entities.
public struct QuoteStep: Sendable {
    public init() {}

    /// Fills `analysis.quotes` (sorted by start) and `analysis.speakers` (in order of first mention).
    public func run(on analysis: inout DocumentAnalysis) {
        let quotations = QuotationMarks().spans(in: analysis.document)
        let view = TextView(
            document: analysis.document, tokens: analysis.tokens, words: analysis.words, sentences: analysis.sentences, quotations: quotations)
        let extracted = QuoteExtractor(view: view).quotes()
        let resolved = SpeakerResolver(view: view).resolve(extracted)
        analysis.quotes = resolved.quotes
        analysis.speakers = resolved.speakers
    }
}
