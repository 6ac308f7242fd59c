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
        let head = bytes.prefix(Self.prescanLength).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
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

    /// The charset label in a `<meta charset=…>` or `<meta http-equiv content="…charset=…">`;
    /// `head` is lower-cased ASCII.
    private func declaredLabel(in head: [UInt8]) -> String? {
        let meta = Array("<meta".utf8)
        let charset = Array("charset".utf8)
        var cursor = 0
        while let tagStart = find(meta, in: head, from: cursor) {
            let tagEnd = head[tagStart...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
            cursor = tagEnd
            guard let found = find(charset, in: head, from: tagStart), found < tagEnd else { continue }
            var position = found + charset.count
            while position < tagEnd, head[position] == UInt8(ascii: " ") { position += 1 }
            guard position < tagEnd, head[position] == UInt8(ascii: "=") else { continue }
            position += 1
            while position < tagEnd, " \"'".utf8.contains(head[position]) { position += 1 }
            var labelEnd = position
            while labelEnd < tagEnd, !" \"';/>".utf8.contains(head[labelEnd]) { labelEnd += 1 }
            if labelEnd > position { return String(decoding: head[position..<labelEnd], as: UTF8.self) }
        }
        return nil
    }

    private func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        for offset in start...(bytes.count - pattern.count) where bytes[offset] == pattern[0] {
            if bytes[offset..<(offset + pattern.count)].elementsEqual(pattern) { return offset }
        }
        return nil
    }
}
