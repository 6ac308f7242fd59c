/// Decodes the character references Markdown sources use: numeric and common named ones.
enum HTMLEntity {
    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "mdash": "—", "ndash": "–", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
        "rdquo": "”", "laquo": "«", "raquo": "»", "bdquo": "„", "sbquo": "‚", "copy": "©",
        "reg": "®", "trade": "™", "deg": "°", "middot": "·", "times": "×", "euro": "€",
        "pound": "£", "shy": "\u{AD}", "thinsp": "\u{2009}", "eacute": "é", "egrave": "è",
        "aacute": "á", "agrave": "à", "iacute": "í", "oacute": "ó", "uacute": "ú", "ntilde": "ñ",
        "ouml": "ö", "uuml": "ü", "auml": "ä", "ccedil": "ç",
    ]

    /// The scalar `name` (the text between `&` and `;`) stands for, or nil when unknown.
    static func decode(_ name: String) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).flatMap(valid)
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst(1)).flatMap(Unicode.Scalar.init).flatMap(valid)
        }
        return named[name]
    }

    private static func valid(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        scalar.value == 0 ? "\u{FFFD}" : scalar
    }
}
