import VerityCore
@testable import VerityAnalysis

/// Builds documents from paragraphs and summarises quotes as readable one-line strings.
enum AnalysisFixture {
    /// A document whose paragraphs are `paragraphs`, joined by blank lines.
    static func document(_ paragraphs: [String], id: String = "fixture") -> Document {
        Document(id: id, source: "test", format: .text, blockTexts: paragraphs.map { (.paragraph, $0) })
    }

    /// The analysis of `paragraphs`.
    static func analyze(_ paragraphs: String...) -> DocumentAnalysis {
        Analyzer().analyze(document(paragraphs))
    }

    /// `kind | content | speaker mention | cue`, one line per quote, in text order.
    static func summary(_ analysis: DocumentAnalysis) -> [String] {
        let document = analysis.document
        return analysis.quotes.map { quote in
            [
                quote.kind.rawValue, document.text(in: quote.range),
                quote.speaker.map { document.text(in: $0.range) } ?? "-",
                quote.cue.map { document.text(in: $0) } ?? "-",
            ].joined(separator: " | ")
        }
    }

    /// The quote whose content contains `words`.
    static func quote(containing words: String, in analysis: DocumentAnalysis) -> Quote? {
        analysis.quotes.first { analysis.document.text(in: $0.range).contains(words) }
    }

    /// The entity a quote's speaker mention refers to.
    static func speaker(of quote: Quote?, in analysis: DocumentAnalysis) -> Speaker? {
        guard let entity = quote?.speaker?.entity, analysis.speakers.indices.contains(entity) else { return nil }
        return analysis.speakers[entity]
    }
}
