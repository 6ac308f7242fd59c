import ArgumentParser
import Foundation
import Verity

/// `verity quotes`: lists every quote of each article with its speaker, as a digest or as JSONL.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List the quotes and speakers of articles.",
        discussion: """
            Text output is a digest grouped by speaker. --format jsonl writes one record per article: \
            {"id", "quotes": [{start, end, text, kind, speaker{start,end,text,entity}, cue{start,end,text}}], \
            "speakers": [...], "scare": [...]} with offsets in Unicode scalars (end exclusive) into the \
            article text as given (the "text" of a JSON Lines record, or the body Verity reads).
            """)

    /// How `verity quotes` prints its results.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @OptionGroup var input: ArticleInputOptions

    @Option(help: "Output format: text (a digest grouped by speaker) or jsonl.")
    var format: Format = .text

    func run() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try input.forEachAnalysis { analysis, isFirst in
            switch format {
            case .text:
                if !isFirst { StandardStreams.output("") }
                StandardStreams.output(QuoteDigest().text(of: analysis))
            case .jsonl:
                StandardStreams.output(try encoder.line(QuoteRecord(analysis: analysis)))
            }
        }
    }
}
