import VerityCore

/// The JSON report's top level: documented by `docs/report.schema.json`.
///
/// Field names are snake_case; every range carries scalar offsets (end exclusive) and one-based
/// line/column in the body. Optional fields are omitted when they have no value.
struct JSONReport: Encodable {
    /// Bumped whenever a field changes meaning or disappears; adding fields keeps the version.
    static let schemaVersion = 1

    struct Tool: Encodable {
        var name: String
        var version: String
    }

    var schemaVersion: Int
    var tool: Tool
    var generatedAt: String
    var summary: JSONCounts
    var documents: [JSONDocument]

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", tool, generatedAt = "generated_at", summary, documents
    }
}

/// Finding counts by level, every level present.
struct JSONCounts: Encodable {
    var total: Int
    var error: Int
    var warning: Int
    var info: Int

    init(_ findings: [Finding]) {
        let summary = LevelSummary(findings)
        total = summary.total
        error = summary.counts[.error] ?? 0
        warning = summary.counts[.warning] ?? 0
        info = summary.counts[.info] ?? 0
    }
}

/// A body range: offsets plus the line and column of both ends (end position exclusive).
struct JSONRange: Encodable {
    var start: Int
    var end: Int
    var startLine: Int
    var startColumn: Int
    var endLine: Int
    var endColumn: Int

    init(_ range: TextRange, in document: Document) {
        let first = document.lines.location(of: range.start)
        let last = document.lines.location(of: range.end)
        start = range.start
        end = range.end
        startLine = first.line
        startColumn = first.column
        endLine = last.line
        endColumn = last.column
    }

    enum CodingKeys: String, CodingKey {
        case start, end, startLine = "start_line", startColumn = "start_column"
        case endLine = "end_line", endColumn = "end_column"
    }
}

/// A one-based line and column in the source file.
struct JSONLocation: Encodable {
    var line: Int
    var column: Int

    init(_ location: SourceLocation) {
        line = location.line
        column = location.column
    }
}
