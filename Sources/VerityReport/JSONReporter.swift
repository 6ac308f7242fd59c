import VerityCore

/// A lossless, versioned JSON report (`schema_version`, described by `docs/report.schema.json`):
/// every document with its metadata, blocks, sentences, tokens, quotes, speakers, claims, rules
/// and findings. Keys are sorted and findings ordered by document, offset and rule, so the same
/// input always gives the same bytes.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ results: [AuditResult], context: ReportContext) -> String {
        let report = JSONReport(
            schemaVersion: JSONReport.schemaVersion,
            tool: .init(name: "verity", version: context.toolVersion),
            generatedAt: context.generatedAt,
            summary: JSONCounts(results.flatMap(\.findings)),
            documents: results.map(JSONDocument.init))
        return Self.encode(report)
    }

    /// Pretty-printed JSON with sorted keys and unescaped slashes, ending in a newline.
    static func encode(_ value: some Encodable) -> String {
        JSONWriter.encode(value)
    }
}
