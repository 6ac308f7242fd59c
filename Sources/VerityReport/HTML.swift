/// Escaping for the HTML report: every string that did not come from Verity's own templates
/// goes through `HTML.text` or `HTML.attribute` before it reaches the page.
enum HTML {
    /// `text` escaped for element content: `&`, `<`, `>` and quotes become references; control
    /// characters other than line breaks and tabs, and bidirectional embeddings, overrides and
    /// isolates (which could make text read differently from what it is) become U+FFFD.
    ///
    /// Works on UTF-8 bytes and returns `text` itself when nothing needs changing.
    static func text(_ text: String) -> String {
        let utf8 = text.utf8
        let needsWork = utf8.withContiguousStorageIfAvailable { Self.firstChange(in: $0) != nil } ?? true
        guard needsWork else { return text }
        let bytes = Array(utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 32)
        bytes.withUnsafeBufferPointer { input in
            var index = 0
            while let change = Self.firstChange(in: UnsafeBufferPointer(rebasing: input[index...])) {
                let at = index + change
                output.append(contentsOf: input[index..<at])
                let (replacement, length) = Self.replacement(in: input, at: at)
                output.append(contentsOf: replacement.utf8)
                index = at + length
            }
            output.append(contentsOf: input[index...])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Offset of the first byte that escaping changes, or nil.
    private static func firstChange(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x7F:
                return index
            case 0x00..<0x20 where byte != 0x09 && byte != 0x0A && byte != 0x0D:
                return index
            case 0xC2, 0xE2:
                if replacement(in: bytes, at: index).length > 1 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// What replaces the byte at `index` and how many bytes it covers; C1 controls (C2 80–9F) and
    /// bidi controls (E2 80 AA–AE, E2 81 A6–A9) become U+FFFD.
    private static func replacement(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (text: String, length: Int) {
        let byte = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let third = index + 2 < bytes.count ? bytes[index + 2] : 0
        switch byte {
        case UInt8(ascii: "&"): return ("&amp;", 1)
        case UInt8(ascii: "<"): return ("&lt;", 1)
        case UInt8(ascii: ">"): return ("&gt;", 1)
        case UInt8(ascii: "\""): return ("&quot;", 1)
        case UInt8(ascii: "'"): return ("&#39;", 1)
        case 0x00..<0x20, 0x7F: return ("\u{FFFD}", 1)
        case 0xC2 where (0x80...0x9F).contains(next): return ("\u{FFFD}", 2)
        case 0xE2 where next == 0x80 && (0xAA...0xAE).contains(third): return ("\u{FFFD}", 3)
        case 0xE2 where next == 0x81 && (0xA6...0xA9).contains(third): return ("\u{FFFD}", 3)
        default: return (String(decoding: [byte], as: UTF8.self), 1)
        }
    }

    /// `text` escaped for a double-quoted attribute value; line breaks kept as character references.
    static func attribute(_ text: String) -> String {
        self.text(text).replacingLineBreaks()
    }

    /// A link to `url` when it is an http(s) URL, otherwise the URL as plain text; both escaped.
    static func link(_ url: String, label: String? = nil) -> String {
        let shown = text(label ?? url)
        guard SafeURL.isWebURL(url) else { return "<span class=\"url\">\(shown)</span>" }
        let bare = label == nil ? " class=\"bare\"" : ""
        return "<a href=\"\(attribute(url))\"\(bare) rel=\"noopener noreferrer nofollow\">\(shown)</a>"
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
