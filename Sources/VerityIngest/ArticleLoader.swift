import Foundation
import VerityCore

/// Reads one article from a path, standard input or bytes in memory, choosing the reader by
/// extension, then by content. Only unusable input throws (missing, unreadable, a directory,
/// empty, binary); damaged text is read as well as possible.
public struct ArticleLoader: Sendable {
    /// The path that stands for standard input.
    public static let standardInputPath = "-"

    /// Reads every article in this format instead of detecting it, when set.
    public var format: SourceFormat?

    /// Creates a loader that detects each article's format, or always uses `format`.
    public init(format: SourceFormat? = nil) {
        self.format = format
    }

    /// Reads the file at `path` (`-` reads standard input to its end).
    public func document(at path: String) throws(ReadError) -> Document {
        if path == Self.standardInputPath {
            let data = try FileContents.readAll(STDIN_FILENO, source: ArticleLoader.displayName(of: path))
            return try document(from: data, id: "stdin", source: path, formatHint: nil)
        }
        let data = try FileContents.read(path: path)
        return try document(from: data, id: Self.id(forPath: path), source: path, formatHint: path)
    }

    /// Reads `data` as an article; `formatHint` is a file name whose extension may give the
    /// format, `format` one the caller knows (both give way to `self.format`).
    public func document(
        from data: Data, id: String, source: String, formatHint: String? = nil, format known: SourceFormat? = nil,
        line: Int? = nil
    ) throws(ReadError) -> Document {
        if let reason = ContentCheck.problem(in: data) {
            throw ReadError(source: Self.displayName(of: source), line: line, reason: reason)
        }
        let chosen = format ?? known ?? ArticleFormat.detect(path: formatHint, data: data)
        switch chosen {
        case .html: return HTMLReader().document(from: data, id: id, source: source)
        case .text: return TextReader().document(from: data, id: id, source: source)
        case .markdown: return MarkdownReader().document(from: data, id: id, source: source)
        }
    }

    /// The id of the article at `path`: its file name without the extension.
    public static func id(forPath path: String) -> String {
        guard path != standardInputPath else { return "stdin" }
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }

    /// How messages name a source: `<stdin>` for `-`, the path otherwise.
    public static func displayName(of path: String) -> String {
        path == standardInputPath ? "<stdin>" : path
    }
}
