/// The format an article was read from.
public enum SourceFormat: String, Hashable, Sendable, Codable, CaseIterable {
    case html, text, markdown
}
