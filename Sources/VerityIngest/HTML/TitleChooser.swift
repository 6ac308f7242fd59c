import Foundation

/// Picks an article's headline from the page's `<h1>`s, OpenGraph title, JSON-LD headline and
/// `<title>`, stripping the site name that titles carry ("Headline | Site").
struct TitleChooser: Sendable {
    /// The outlet's name, when known.
    var siteName: String?
    /// The page's URL, whose host also names the site.
    var url: String?

    /// The headline, or nil when the page names none.
    ///
    /// An `<h1>` that agrees with a stated title wins; then an `<h1>` of three words or more that
    /// does not name the site (pages title their article with it); then the OpenGraph or JSON-LD
    /// title; then `<title>`, each stripped of the site name.
    func title(headlines: [String], ogTitle: String?, jsonLDHeadline: String?, pageTitle: String?) -> String? {
        let stated = [ogTitle, jsonLDHeadline, pageTitle].compactMap { $0 }.filter { !$0.isEmpty }
        let statedKeys = stated.map { Self.key(strippingSiteName($0)) } + stated.map(Self.key)
        let headlines = headlines.filter { !$0.isEmpty && $0.count < 400 && !isSiteName($0, separator: "") }
        for headline in headlines {
            let key = Self.key(headline)
            if statedKeys.contains(where: { $0 == key || (($0.hasPrefix(key) || $0.hasSuffix(key)) && key.count * 2 >= $0.count) }) {
                return headline
            }
            // An h1 that opens with a kicker ("Crisis: Headline") ends with the stated title.
            for title in stated.map(strippingSiteName) {
                let titleKey = Self.key(title)
                if titleKey.count * 2 >= key.count, titleKey.count >= 10, key.hasSuffix(titleKey) { return title }
            }
        }
        if let headline = headlines.first(where: { $0.split(separator: " ").count >= 3 }) { return headline }
        for candidate in [ogTitle, jsonLDHeadline] {
            if let candidate, !candidate.isEmpty { return strippingSiteName(candidate) }
        }
        if let pageTitle, !pageTitle.isEmpty { return strippingSiteName(pageTitle) }
        return headlines.first
    }

    /// `title` without a leading or trailing part that names the site.
    func strippingSiteName(_ title: String) -> String {
        let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " || "]
        var parts: [(text: String, separator: String)] = [(title, "")]
        for separator in separators {
            parts = parts.flatMap { part -> [(text: String, separator: String)] in
                let pieces = part.text.components(separatedBy: separator)
                return pieces.enumerated().map { ($0.element, $0.offset == 0 ? part.separator : separator) }
            }
        }
        guard parts.count > 1 else { return title }
        var kept = parts
        if let last = kept.last, kept.count > 1, isSiteName(last.text, separator: last.separator) { kept.removeLast() }
        if let first = kept.first, kept.count > 1, isSiteName(first.text, separator: kept[1].separator) { kept.removeFirst() }
        guard kept.count < parts.count else { return title }
        var result = kept[0].text
        for part in kept.dropFirst() { result += part.separator + part.text }
        return result.trimmingCharacters(in: .whitespaces)
    }

    private func isSiteName(_ text: String, separator: String) -> Bool {
        let key = Self.key(text)
        guard !key.isEmpty else { return true }
        if let siteName, !siteName.isEmpty {
            let site = Self.key(siteName)
            if key == site || site.contains(key) || key.contains(site) { return true }
        }
        if let host = url.flatMap({ URL(string: $0)?.host }) {
            let hostKey = Self.key(host.replacingOccurrences(of: "www.", with: ""))
            let hostName = Self.key(String(host.replacingOccurrences(of: "www.", with: "").split(separator: ".").first ?? ""))
            if key == hostKey || (!hostName.isEmpty && (key == hostName || key.hasPrefix(hostName))) { return true }
        }
        let words = text.split(separator: " ").count
        return separator.contains("|") && words <= 4
    }

    /// Letters and digits only, case-folded: the form titles are compared in.
    static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
}
