import ArgumentParser
import Foundation
import Verity

/// `verity claims`: lists each article's claims with source, hedges, signals and check-worthiness.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List the claims of articles, most check-worthy first.",
        discussion: "Text output lists each claim with its check-worthiness (0–1), source, position and "
            + "signals; --format jsonl writes one record per article with spans in Unicode-scalar offsets.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @OptionGroup var input: ArticleInputOptions

    @Option(name: .long, help: "Output format: text or jsonl.")
    var format: Format = .text

    @Option(name: .long, help: "Show only claims at least this check-worthy (0–1, text format).")
    var minimum: Double = 0

    func validate() throws {
        if !(0...1).contains(minimum) { throw ValidationError("--minimum must be between 0 and 1") }
    }

    func run() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try input.forEachAnalysis { analysis, isFirst in
            switch format {
            case .text:
                if !isFirst { StandardStreams.output("") }
                StandardStreams.output(ClaimDigest().text(of: analysis, minimum: minimum))
            case .jsonl:
                StandardStreams.output(try encoder.line(ClaimRecord(analysis: analysis)))
            }
        }
    }
}
