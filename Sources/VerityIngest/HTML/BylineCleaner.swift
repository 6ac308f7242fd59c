import Foundation

/// Turns a byline as pages write it ("By Jane Doe and John Roe, Staff Writers | 3 min read")
/// into author names.
struct BylineCleaner: Sendable {
    /// The names in `byline`, without "By"-style prefixes, roles, dates or URLs.
    func names(in byline: String) -> [String] {
        var text = byline.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, !text.hasPrefix("http"), !text.hasPrefix("@"), !text.contains("://") else { return [] }
        for prefix in Self.prefixes where text.lowercased().hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        if let cut = text.firstIndex(where: { "|•·\n(".contains($0) }) { text = String(text[..<cut]) }
        for separator in [" - ", " – ", " — "] {
            if let cut = text.range(of: separator) { text = String(text[..<cut.lowerBound]) }
        }
        var names: [String] = []
        for part in split(text) {
            let name = part.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-–—~'\"“”‘’«»"))
            guard isPlausibleName(name) else { continue }
            names.append(name)
        }
        return names
    }

    private func split(_ text: String) -> [String] {
        var parts = [text]
        for separator in [";", ",", " and ", " und ", " & ", " et ", " y ", " e "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts
    }

    private func isPlausibleName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 6, name.count <= 60 else { return false }
        guard name.contains(where: \.isLetter), !name.contains("@"), !name.contains("*") else { return false }
        if DateNormalizer().isoDate(from: name) != nil { return false }
        return !Self.roleWords.contains(name.lowercased())
    }

    private static let prefixes = [
        "posted by ", "written by ", "published by ", "eingestellt von ", "veröffentlicht von ", "geschrieben von ",
        "verfasst von ", "publié par ", "escrito por ", "by ", "von ", "par ", "por ", "di ", "door ",
        "av ", "autor: ", "author: ", "text: ", "von: ", "autor ", "author ", "text ",
    ]

    private static let roleWords: Set<String> = [
        "staff", "editor", "name", "posted", "text", "auteurs", "authors", "by", "von", "reporter", "correspondent", "admin", "author", "autor",
        "redaktion", "guest", "contributor", "updated", "published", "published by", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonntag",
    ]
}
