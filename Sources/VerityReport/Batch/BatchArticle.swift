import VerityCore

/// One article a batch will audit: its id and source now, its document when a worker loads it.
///
/// Loading is deferred so that reading and parsing run on the workers, in parallel, and only the
/// articles in flight are ever in memory.
public struct BatchArticle: Sendable {
    /// The article's id (file stem or JSON Lines `id`); report names derive from it.
    public var id: String
    /// Where the article comes from, for messages.
    public var source: String
    /// Reads the article; a failure carries a message naming the file (and line).
    public var load: @Sendable () -> Result<Document, BatchReadFailure>
    /// The article's size in bytes, when known before reading: bigger articles start earlier.
    public var sizeHint: Int?

    public init(
        id: String, source: String, sizeHint: Int? = nil,
        load: @escaping @Sendable () -> Result<Document, BatchReadFailure>
    ) {
        self.id = id
        self.source = source
        self.sizeHint = sizeHint
        self.load = load
    }

    /// An article already read (or already failed), for inputs that parse as they stream.
    public init(id: String, source: String, result: Result<Document, BatchReadFailure>) {
        self.init(id: id, source: source) { result }
    }
}

/// Why an article of a batch could not be read: a message in compiler style (`path:line: error: …`).
public struct BatchReadFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The message shown in the index, the summary and on standard error.
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
