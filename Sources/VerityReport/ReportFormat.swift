/// The formats `verity audit` can write.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, html, json, sarif
}
