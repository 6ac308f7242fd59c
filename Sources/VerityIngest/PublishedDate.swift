import Foundation

/// Normalizes the publication date that front matter or a JSON Lines record states.
enum PublishedDate {
    /// ISO 8601 dates and timestamps as given (a space before the time becomes `T`); any other
    /// date `DateNormalizer` recognises (`July 21, 2025`, `21.07.2025`) as `2025-07-21`;
    /// anything else unchanged.
    static func normalized(_ raw: String) -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.range(of: #"^\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil {
            if text.count > 10, text[text.index(text.startIndex, offsetBy: 10)] == " " {
                return String(text.prefix(10)) + "T" + text.dropFirst(11)
            }
            return text
        }
        return DateNormalizer().isoDate(from: text) ?? text
    }
}
