import VerityCore

/// A lossless, versioned JSON report (`schema_version`, described by `docs/report.schema.json`):
/// every document with its metadata, blocks, sentences, tokens, quotes, speakers, claims, rules
/// and findings. Keys are sorted and findings ordered by document, offset and rule, so the same
/// input always gives the same bytes.
public struct JSONReporter: Reporter {
    /// Creates the reporter; it holds no state.
    public init() {}

    public func render(_ results: [AuditResult], context: ReportContext) -> String {
        Self.encode(Self.report(results, context: context))
    }

    /// The report as values, before writing.
    static func report(_ results: [AuditResult], context: ReportContext) -> JSONReport {
        JSONReport(
            schemaVersion: JSONReport.schemaVersion,
            tool: .init(name: "verity", version: context.toolVersion),
            generatedAt: context.generatedAt,
            summary: JSONCounts(results.flatMap(\.findings)),
            documents: results.map(JSONDocument.init))
    }

    /// Pretty-printed JSON with sorted keys and unescaped slashes, ending in a newline.
    static func encode(_ value: some Encodable) -> String {
        JSONWriter.encode(value)
    }
}
