/// Escaping for the HTML report: every string that did not come from Verity's own templates
/// goes through `HTML.text` or `HTML.attribute` before it reaches the page.
enum HTML {
    /// `text` escaped for element content: `&`, `<`, `>` and quotes become references; control
    /// characters other than line breaks and tabs, and bidirectional embeddings, overrides and
    /// isolates (which could make text read differently from what it is) become U+FFFD.
    static func text(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}"..."\u{9F}",
                "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}":
                output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// `text` escaped for a double-quoted attribute value; line breaks kept as character references.
    static func attribute(_ text: String) -> String {
        self.text(text).replacingLineBreaks()
    }

    /// A link to `url` when it is an http(s) URL, otherwise the URL as plain text; both escaped.
    static func link(_ url: String, label: String? = nil) -> String {
        let shown = text(label ?? url)
        guard SafeURL.isWebURL(url) else { return "<span class=\"url\">\(shown)</span>" }
        return "<a href=\"\(attribute(url))\" rel=\"noopener noreferrer nofollow\">\(shown)</a>"
    }

    /// A language tag safe to use in a `lang` attribute (letters, digits, hyphens), else nil.
    static func languageTag(_ tag: String?) -> String? {
        guard let tag, !tag.isEmpty, tag.count <= 35 else { return nil }
        let allowed = tag.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "-" }
        return allowed ? tag : nil
    }
}

extension String {
    /// Line feeds as `&#10;`, so multi-line titles survive in attributes.
    fileprivate func replacingLineBreaks() -> String {
        guard contains("\n") || contains("\r") else { return self }
        var output = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": output += "&#10;"
            case "\r": output += "&#13;"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
