/// Turns the bytes of a page into bytes libxml2 parses, never failing: UTF-8, UTF-16 and
/// windows-1252 pages become UTF-8 with U+FFFD for invalid bytes; other declared encodings are
/// handed to libxml2 by name.
struct PageDecoder: Sendable {
    /// The bytes to parse and the name of their encoding for libxml2.
    func parserInput(of bytes: [UInt8]) -> (bytes: [UInt8], encodingName: String) {
        let (encoding, bomLength) = CharsetSniffer().encoding(of: bytes)
        let body = bytes[bomLength...]
        switch encoding {
        case .utf8:
            return (Self.repairedUTF8(body), "UTF-8")
        case .named(let name):
            return (Array(body), name)
        case .utf16LittleEndian, .utf16BigEndian:
            return (Array(Self.decodeUTF16(body, bigEndian: encoding == .utf16BigEndian).utf8), "UTF-8")
        case .windows1252:
            return (Self.decodeWindows1252(body), "UTF-8")
        }
    }

    /// `bytes` with NUL bytes turned into spaces: libxml2 takes a NUL for the end of the page.
    static func withoutNUL(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0) else { return bytes }
        return bytes.map { $0 == 0 ? 0x20 : $0 }
    }

    /// `bytes` unchanged when they are valid UTF-8 (the common case), else re-encoded with
    /// U+FFFD for each invalid sequence.
    static func repairedUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        let valid = bytes.withUnsafeBufferPointer(isValidUTF8)
        return valid ? Array(bytes) : Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// Whether `bytes` are well-formed UTF-8; runs of ASCII are checked eight bytes at a time.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < bytes.count {
            if index + 8 <= bytes.count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0
            guard length > 0, index + length <= bytes.count else { return false }
            var iterator = UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]).makeIterator()
            var decoder = UTF8()
            guard case .scalarValue = decoder.decode(&iterator), iterator.next() == nil else { return false }
            index += length
        }
        return true
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// windows-1252 to UTF-8; the five undefined bytes map to the C1 controls as WHATWG does.
    private static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let value = byte >= 0xA0 ? UInt32(byte) : windows1252High[Int(byte - 0x80)]
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            output.append(contentsOf: String(Character(scalar)).utf8)
        }
        return output
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
