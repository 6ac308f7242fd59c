import Foundation

/// Bylines in text and Markdown articles: `By Jane Doe and Ali Reza` → `["Jane Doe", "Ali Reza"]`.
enum Byline {
    /// The names in `byline`, as `BylineCleaner` finds them (prefix, roles and separators dropped).
    static func names(in byline: String) -> [String] {
        BylineCleaner().names(in: byline)
    }

    /// Whether a short line reads as a byline (`By Jane Doe`), so its names can be taken.
    static func isByline(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("By "), trimmed.count <= 120, let last = trimmed.last else { return false }
        return !".!?\"”".contains(last) && trimmed.dropFirst(3).first?.isUppercase == true
    }
}
