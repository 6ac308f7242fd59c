import ArgumentParser
import Verity

/// The article input every command takes: article files and directories, or `--jsonl FILE|-`.
struct ArticleInputOptions: ParsableArguments {
    @Argument(
        help: ArgumentHelp(
            "Article files or directories (.html, .htm, .txt, .md, .markdown); - reads standard input.",
            valueName: "file"))
    var files: [String] = []

    @Option(
        name: .customLong("jsonl"),
        help: ArgumentHelp(
            "Read articles from JSON Lines, one {\"id\", \"html\"|\"text\"|\"markdown\", ...} object per line; - reads standard input.",
            valueName: "file"))
    var jsonLines: String?

    @Option(
        name: .customLong("input-format"),
        help: "Read every file as this format instead of detecting it (html, text, markdown).")
    var inputFormat: SourceFormat?

    mutating func validate() throws {
        if files.isEmpty, jsonLines == nil {
            throw ValidationError("Give article files or directories, or --jsonl FILE (- for standard input).")
        }
        if !files.isEmpty, jsonLines != nil {
            throw ValidationError("Give either article files or --jsonl, not both.")
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("Standard input (-) can be read only once.")
        }
    }

    /// The articles, read one at a time in order.
    var articles: ArticleInput {
        let loader = ArticleLoader(format: inputFormat)
        if let jsonLines { return ArticleInput(jsonLines: jsonLines, loader: loader) }
        return ArticleInput(paths: files, loader: loader)
    }
}

extension SourceFormat: ExpressibleByArgument {}
