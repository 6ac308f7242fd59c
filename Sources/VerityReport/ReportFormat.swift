/// The formats `verity audit` can write.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, html, json, sarif

    /// The file extension a report in this format gets.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .html: "html"
        case .json: "json"
        case .sarif: "sarif"
        }
    }
}
