import ArgumentParser
import Foundation
import Verity

/// `verity read`: prints each article as Verity reads it, metadata first, then the body.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Print each article as Verity reads it: metadata, then the body.",
        discussion: """
            --format json writes one JSON object per article per line (JSON Lines) with id, title, \
            author, authors, date, outlet, url, language, body and blocks (offsets in Unicode \
            scalars, end exclusive). An article that cannot be read gives {"error", "id", "source"} \
            and a message on standard error; the exit status is then 2.
            """)

    /// How `verity read` prints articles.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, jsonl
    }

    @OptionGroup var input: ArticleInputOptions

    @Option(help: "Output format: text, or json (one object per line; jsonl is the same).")
    var format: Format = .text

    func run() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var unusable = 0
        var first = true
        for item in input.articles {
            switch (item.result, format) {
            case (.success(let document), .text):
                if !first { StandardStreams.output("") }
                StandardStreams.output(ArticleText(document: document).rendered)
            case (.success(let document), .json), (.success(let document), .jsonl):
                StandardStreams.output(try encoder.line(ArticleRecord(document)))
            case (.failure(let error), _):
                unusable += 1
                StandardStreams.report(error)
                if format != .text {
                    StandardStreams.output(try encoder.line(ErrorRecord(id: item.id, source: item.source, error: error)))
                }
            }
            first = false
        }
        if unusable > 0 { throw ExitStatus.unusableInput }
    }
}

extension JSONEncoder {
    /// `value` encoded as one line of JSON.
    func line(_ value: some Encodable) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}
