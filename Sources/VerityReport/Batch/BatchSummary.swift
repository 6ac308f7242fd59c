import VerityCore

/// The contents of `summary.json`: every article's entry in input order, totals and errors.
///
/// Deterministic: keys sorted when encoded, clock and version taken from the report context.
public struct BatchSummary: Hashable, Sendable, Codable {
    /// Version of this file's layout; raised when a field changes meaning or goes away.
    public static let currentSchemaVersion = 1

    /// An article that could not be read.
    public struct ErrorEntry: Hashable, Sendable, Codable {
        /// The article's id.
        public var id: String
        /// Where it came from.
        public var source: String
        /// What went wrong, naming the file (and line).
        public var message: String
    }

    /// The layout version of this file.
    public var schemaVersion: Int
    /// The Verity version that wrote it.
    public var toolVersion: String
    /// When the batch claims to have run, ISO 8601 (injected for reproducible output).
    public var generatedAt: String
    /// Formats written for each article.
    public var formats: [String]
    /// Counts over all articles.
    public var totals: BatchTotals
    /// One entry per article, in input order.
    public var articles: [BatchEntry]
    /// The articles that could not be read, in input order.
    public var errors: [ErrorEntry]

    /// The summary of `entries` as written under `configuration`.
    public init(entries: [BatchEntry], configuration: BatchConfiguration) {
        schemaVersion = Self.currentSchemaVersion
        toolVersion = configuration.context.toolVersion
        generatedAt = configuration.context.generatedAt
        formats = configuration.formats.map(\.rawValue)
        totals = BatchTotals(entries: entries)
        articles = entries
        errors = entries.compactMap { entry in
            entry.error.map { ErrorEntry(id: entry.id, source: entry.source, message: $0) }
        }
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case toolVersion = "tool_version"
        case generatedAt = "generated_at"
        case formats, totals, articles, errors
    }
}
