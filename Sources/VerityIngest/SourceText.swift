import Foundation
import VerityCore

/// A text or Markdown source decoded to Unicode scalars and split into lines, so readers can
/// map every scalar they keep back to its one-based line and column.
struct SourceText {
    /// The decoded source (UTF-8 unless a UTF-16 byte-order mark says otherwise; invalid bytes
    /// become U+FFFD).
    let scalars: [Unicode.Scalar]
    /// Each line's scalars without its terminator ("\n", "\r\n" or "\r"); line n is `lines[n - 1]`.
    let lines: [Range<Int>]

    init(data: Data) {
        scalars = Array(SourceText.decode(data).unicodeScalars)
        lines = SourceText.splitLines(scalars)
    }

    /// The source location of scalar `index`, which lies on line `line` (zero-based).
    func location(of index: Int, onLine line: Int) -> SourceLocation {
        SourceLocation(line: line + 1, column: index - lines[line].lowerBound + 1)
    }

    /// Whether line `line` (zero-based) holds only white space.
    func isBlank(_ line: Int) -> Bool {
        scalars[lines[line]].allSatisfy(\.isSpaceOrTab)
    }

    /// The line's text as a string.
    func string(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// Decodes bytes, replacing invalid sequences: never fails.
    static func decode(_ data: Data) -> String {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(decoding: data.dropFirst(3), as: UTF8.self)
        }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let littleEndian = data.first == 0xFF
            let bytes = Array(data.dropFirst(2))
            let units = stride(from: 0, to: bytes.count - 1, by: 2).map { index in
                littleEndian
                    ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                    : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            }
            return String(decoding: units, as: UTF16.self)
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func splitLines(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(start..<index)
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < scalars.count { lines.append(start..<scalars.count) }
        return lines
    }
}

extension Unicode.Scalar {
    /// Space or horizontal tab: the white space that can stand inside a line.
    var isSpaceOrTab: Bool { self == " " || self == "\t" }
    /// Any white space, line breaks and no-break space included (ASCII answered without a
    /// Unicode property lookup, which dominates otherwise).
    var isWhiteSpace: Bool {
        if isASCII { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}
