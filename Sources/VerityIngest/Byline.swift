import Foundation

/// Splits a byline into author names: `By Jane Doe and Ali Reza` → `["Jane Doe", "Ali Reza"]`.
enum Byline {
    /// The names in `byline`, with a leading "By" dropped and separators (`,` `;` `&` `and`) split.
    static func names(in byline: String) -> [String] {
        var text = byline.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)) }
        return text
            .replacingOccurrences(of: " and ", with: ",")
            .replacingOccurrences(of: " & ", with: ",")
            .replacingOccurrences(of: ";", with: ",")
            .split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// Whether a short line reads as a byline (`By Jane Doe`), so its names can be taken.
    static func isByline(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("By "), trimmed.count <= 120, let last = trimmed.last else { return false }
        return !".!?\"”".contains(last) && trimmed.dropFirst(3).first?.isUppercase == true
    }
}
