import ArgumentParser
import Foundation
import Verity

/// `verity quotes`: lists every quote of each article with its speaker, as a digest or as JSONL.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List the quotes and speakers of articles.",
        discussion: "Text output is a digest grouped by speaker; --format jsonl writes one record per article "
            + "with quote, speaker and cue spans in Unicode-scalar offsets.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @Argument(help: "Article files (plain text).")
    var files: [String] = []

    @Option(name: .long, help: "A JSON Lines file of articles ({\"id\",\"text\"} per line), or - for standard input.")
    var jsonl: String?

    @Option(name: .long, help: "Output format: text or jsonl.")
    var format: Format = .text

    func validate() throws {
        if files.isEmpty == (jsonl == nil) { throw ValidationError("give either article files or --jsonl FILE") }
    }

    func run() throws {
        let analyzer = Analyzer()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failed = false
        try ArticleSource(files: files, jsonl: jsonl).forEach { result in
            switch result {
            case .success(let document):
                let analysis = analyzer.analyze(document)
                switch format {
                case .text: print(QuoteDigest().text(of: analysis) + "\n")
                case .jsonl:
                    let data = try encoder.encode(QuoteRecord(analysis: analysis))
                    print(String(decoding: data, as: UTF8.self))
                }
            case .failure(let error):
                FileHandle.standardError.write(Data("verity: error: \(error)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
    }
}
