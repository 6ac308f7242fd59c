import VerityCore

/// What a report may depend on besides the audit itself: injected so that the same input
/// always gives byte-identical output.
public struct ReportContext: Sendable {
    /// Verity's version, as printed in reports.
    public var toolVersion: String
    /// The time the report claims to have been made, ISO 8601.
    public var generatedAt: String
    /// Whether terminal output may use ANSI colour.
    public var useColor: Bool

    public init(toolVersion: String, generatedAt: String, useColor: Bool = false) {
        self.toolVersion = toolVersion
        self.generatedAt = generatedAt
        self.useColor = useColor
    }
}

/// Renders audited articles in one output format.
public protocol Reporter: Sendable {
    /// The whole report for `results`, in document order.
    func render(_ results: [AuditResult], context: ReportContext) -> String
}
