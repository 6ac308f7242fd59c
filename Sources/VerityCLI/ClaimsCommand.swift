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

    @Argument(help: "Article files (plain text).")
    var files: [String] = []

    @Option(name: .long, help: "A JSON Lines file of articles ({\"id\",\"text\"} per line), or - for standard input.")
    var jsonl: String?

    @Option(name: .long, help: "Output format: text or jsonl.")
    var format: Format = .text

    @Option(name: .long, help: "Show only claims at least this check-worthy (0–1, text format).")
    var minimum: Double = 0

    func validate() throws {
        if files.isEmpty == (jsonl == nil) { throw ValidationError("give either article files or --jsonl FILE") }
        if !(0...1).contains(minimum) { throw ValidationError("--minimum must be between 0 and 1") }
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
                case .text: print(ClaimDigest().text(of: analysis, minimum: minimum) + "\n")
                case .jsonl: print(String(decoding: try encoder.encode(ClaimRecord(analysis: analysis)), as: UTF8.self))
                }
            case .failure(let error):
                FileHandle.standardError.write(Data("verity: error: \(error)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
    }
}
