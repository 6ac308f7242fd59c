import Foundation
import VerityCore

/// The articles a command works on, read one at a time in order: files (directories expanded to
/// their article files, sorted by path; `-` is standard input) or a JSON Lines stream, one
/// article per line, read line by line in constant memory.
///
/// A bad file or line becomes an item carrying its `ReadError`, and the sequence goes on.
public struct ArticleInput: Sequence, Sendable {
    /// Where the articles come from.
    public enum Origin: Hashable, Sendable {
        /// Article files and directories, in the order given.
        case files([String])
        /// A JSON Lines file, or `-` for standard input.
        case jsonLines(String)
    }

    /// One article of the input, read or not.
    public struct Item: Sendable {
        /// The article id: the file stem or the record's `id` (`NAME-LINE` when it has none).
        public var id: String
        /// The path, or `FILE:LINE` for a JSON Lines record.
        public var source: String
        /// The document, or why it could not be read.
        public var result: Result<Document, ReadError>

        /// Creates an item for an article read (or not) from `source`.
        public init(id: String, source: String, result: Result<Document, ReadError>) {
            self.id = id
            self.source = source
            self.result = result
        }

        /// The document when it was read.
        public var document: Document? { try? result.get() }
        /// The error when it was not.
        public var error: ReadError? {
            if case .failure(let error) = result { return error }
            return nil
        }
    }

    /// Where the articles come from.
    public var origin: Origin
    /// How each article is read.
    public var loader: ArticleLoader

    /// Articles from files and directories (`-` for standard input).
    public init(paths: [String], loader: ArticleLoader = ArticleLoader()) {
        origin = .files(paths)
        self.loader = loader
    }

    /// Articles from a JSON Lines file (`-` for standard input).
    public init(jsonLines path: String, loader: ArticleLoader = ArticleLoader()) {
        origin = .jsonLines(path)
        self.loader = loader
    }

    /// Iterates the articles in order, reading each one when it is reached.
    public func makeIterator() -> AnyIterator<Item> {
        switch origin {
        case .files(let paths):
            var files = FileArticles(paths: paths, loader: loader)
            return AnyIterator { files.next() }
        case .jsonLines(let path):
            var lines = JSONLinesArticles(path: path, loader: loader)
            return AnyIterator { lines.next() }
        }
    }
}
