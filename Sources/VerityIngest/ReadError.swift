/// Why an article could not be read: an I/O or input problem, never a problem in the text itself.
///
/// Its description is a compiler-style message naming the source and, for JSON Lines, the line:
/// `data.jsonl:17: error: line is not a JSON object (invalid JSON at column 5)`.
public struct ReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Hashable, Sendable {
        /// Nothing exists at the path.
        case notFound
        /// The path exists but cannot be opened or read; the system's reason.
        case unreadable(String)
        /// A directory was given where a file is expected.
        case isDirectory
        /// A directory holds no article files.
        case noArticles
        /// The file or record has no content (or only white space).
        case empty
        /// The content is binary data, not text; the detail says what gave it away.
        case binary(String)
        /// A JSON Lines line is not a JSON object; the detail says why.
        case notJSONObject(String)
        /// A JSON Lines record lacks the content field or has a field of the wrong type.
        case invalidRecord(String)
    }

    /// The path, `-` for standard input, or the JSON Lines file.
    public var source: String
    /// One-based line number in a JSON Lines file, nil for whole files.
    public var line: Int?
    /// What went wrong.
    public var reason: Reason

    /// Creates an error about `source` (and `line` of it, for JSON Lines).
    public init(source: String, line: Int? = nil, reason: Reason) {
        self.source = source
        self.line = line
        self.reason = reason
    }

    /// The message without its location: `is a directory`.
    public var message: String {
        switch reason {
        case .notFound: "no such file or directory"
        case .unreadable(let why): "cannot read (\(why))"
        case .isDirectory: "is a directory"
        case .noArticles: "directory holds no article files (.html, .htm, .txt, .md, .markdown)"
        case .empty: line == nil ? "file is empty" : "record has no article text"
        case .binary(let why): "binary data, not an article (\(why))"
        case .notJSONObject(let why): "line is not a JSON object (\(why))"
        case .invalidRecord(let why): why
        }
    }

    /// `source[:line]: error: message`.
    public var description: String {
        let location = line.map { "\(source):\($0)" } ?? source
        return "\(location): error: \(message)"
    }
}
