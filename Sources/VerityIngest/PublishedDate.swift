import Foundation

/// Normalizes a publication date to ISO 8601 where its format is recognised.
enum PublishedDate {
    /// `2025-07-21` and ISO 8601 timestamps as given (a space before the time becomes `T`);
    /// `July 21, 2025`, `21 July 2025` and `2025/07/21` as `2025-07-21`; anything else unchanged.
    static func normalized(_ raw: String) -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.range(of: #"^\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil {
            if text.count > 10, text[text.index(text.startIndex, offsetBy: 10)] == " " {
                return String(text.prefix(10)) + "T" + text.dropFirst(11)
            }
            return text
        }
        let parser = DateFormatter()
        parser.locale = Locale(identifier: "en_US_POSIX")
        parser.timeZone = TimeZone(identifier: "UTC")
        let printer = DateFormatter()
        printer.locale = parser.locale
        printer.timeZone = parser.timeZone
        printer.dateFormat = "yyyy-MM-dd"
        for format in ["MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy/MM/dd",
                       "EEEE, MMMM d, yyyy", "EEEE d MMMM yyyy"] {
            parser.dateFormat = format
            if let date = parser.date(from: text) { return printer.string(from: date) }
        }
        return text
    }
}
