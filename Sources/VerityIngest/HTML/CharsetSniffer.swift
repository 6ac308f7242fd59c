/// Finds the character encoding of an HTML page the way browsers start to: a byte-order mark,
/// else a `<meta charset>` or `http-equiv` declaration in the first 4096 bytes, else UTF-8.
struct CharsetSniffer: Sendable {
    /// An encoding the reader can decode.
    enum Encoding: Sendable, Equatable {
        case utf8, utf16LittleEndian, utf16BigEndian, windows1252
        /// An encoding the reader passes to libxml2 by its IANA name.
        case named(String)
    }

    /// How many bytes are searched for a declaration.
    static let prescanLength = 4096

    /// The encoding of `bytes` and the length of the byte-order mark to skip.
    func encoding(of bytes: [UInt8]) -> (encoding: Encoding, bomLength: Int) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        let head = String(decoding: bytes.prefix(Self.prescanLength), as: UTF8.self).lowercased()
        guard let label = declaredLabel(in: head) else { return (.utf8, 0) }
        return (Self.encoding(named: label), 0)
    }

    /// Maps a charset label to an encoding; unknown labels fall back to UTF-8.
    static func encoding(named label: String) -> Encoding {
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be":
            // A page that reached us as bytes and says UTF-16 in ASCII cannot be UTF-16.
            .utf8
        case "windows-1252", "cp1252", "x-cp1252", "ascii", "us-ascii", "iso-8859-1", "iso8859-1",
            "latin1", "latin-1", "l1", "iso_8859-1", "cp819", "ibm819":
            // WHATWG decodes Latin-1 and ASCII labels as windows-1252.
            .windows1252
        case let other where other.allSatisfy({ $0.isLetter || $0.isNumber || "-_:.".contains($0) }):
            .named(other)
        default:
            .utf8
        }
    }

    /// The charset label in a `<meta charset=…>` or `<meta http-equiv content="…charset=…">`.
    private func declaredLabel(in head: String) -> String? {
        var searchStart = head.startIndex
        while let meta = head.range(of: "<meta", range: searchStart..<head.endIndex) {
            let tagEnd = head[meta.upperBound...].firstIndex(of: ">") ?? head.endIndex
            let tag = head[meta.upperBound..<tagEnd]
            if let charset = tag.range(of: "charset") {
                var rest = tag[charset.upperBound...].drop { $0 == " " }
                if rest.first == "=" {
                    rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
                    let label = rest.prefix { !" \"';/>".contains($0) }
                    if !label.isEmpty { return String(label) }
                }
            }
            searchStart = tagEnd
        }
        return nil
    }
}
