/// Decides which URLs may become links: only `http:` and `https:` URLs without white space or
/// control characters, so no `javascript:`, `data:` or other scheme from an article is followed.
enum SafeURL {
    /// Whether `text` is an absolute http(s) URL safe to use as a link target (after escaping).
    static func isWebURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        guard text.unicodeScalars.count > (lower.hasPrefix("https") ? 8 : 7) else { return false }
        return !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }
}
