/// Streams `Encodable` values as pretty-printed JSON (two-space indent, `"key": value`) into one
/// byte buffer, with the keys of every object sorted, so output is byte-stable.
///
/// Objects whose keys arrive in order are written straight through; an object whose keys arrive
/// out of order (a `Dictionary`, say) has its entries re-sorted in place when it closes. Strings
/// are escaped as JSON requires (quote, backslash, control characters), everything else is
/// written as UTF-8; non-finite doubles become `null`.
final class JSONWriter {
    /// The JSON written so far.
    private(set) var bytes: [UInt8] = []
    /// Entries of the objects still open, innermost last.
    private var entries: [Entry] = []

    private struct Entry {
        var key: String
        var start: Int
        var end: Int
    }

    /// `value` as JSON text ending in a newline.
    static func encode(_ value: some Encodable) -> String {
        let writer = JSONWriter()
        writer.bytes.reserveCapacity(1 << 16)
        writer.write(value, depth: 0)
        writer.bytes.append(0x0A)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Writes `value` at nesting `depth`; errors cannot occur, a value that throws ends as written.
    func write(_ value: some Encodable, depth: Int) {
        if let fast = value as? any JSONFastWritable {
            fast.writeJSON(to: self, depth: depth)
            return
        }
        let encoder = JSONValueEncoder(writer: self, depth: depth)
        try? value.encode(to: encoder)
        encoder.finish()
    }

    // MARK: Objects

    /// Writes `{` and returns the mark that `closeObject` needs.
    func openObject() -> Int {
        bytes.append(UInt8(ascii: "{"))
        return entries.count
    }

    /// Starts the entry `key` in the object opened at `mark`; returns whether keys are still sorted.
    func beginEntry(_ key: String, object mark: Int, count: Int, depth: Int) {
        if count > 0 {
            entries[entries.count - 1].end = bytes.count
            bytes.append(UInt8(ascii: ","))
        }
        newline(depth + 1)
        entries.append(Entry(key: key, start: bytes.count, end: bytes.count))
        string(key)
        bytes.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    /// Closes the object opened at `mark`, sorting its entries when they arrived out of order.
    func closeObject(_ mark: Int, count: Int, depth: Int) {
        guard count > 0 else {
            bytes.append(UInt8(ascii: "}"))
            return
        }
        entries[entries.count - 1].end = bytes.count
        let own = entries[mark...]
        if !zip(own, own.dropFirst()).allSatisfy({ $0.key <= $1.key }) {
            let start = own[own.startIndex].start
            var sorted: [UInt8] = []
            sorted.reserveCapacity(bytes.count - start)
            for (index, entry) in own.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 {
                    sorted.append(UInt8(ascii: ","))
                    sorted.append(0x0A)
                    sorted.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * (depth + 1)))
                }
                sorted.append(contentsOf: bytes[entry.start..<entry.end])
            }
            bytes.replaceSubrange(start..., with: sorted)
        }
        entries.removeSubrange(mark...)
        newline(depth)
        bytes.append(UInt8(ascii: "}"))
    }

    // MARK: Arrays

    /// Writes `[`.
    func openArray() { bytes.append(UInt8(ascii: "[")) }

    /// Starts element number `count` of an array at `depth`.
    func beginElement(count: Int, depth: Int) {
        if count > 0 { bytes.append(UInt8(ascii: ",")) }
        newline(depth + 1)
    }

    /// Closes an array at `depth` that has `count` elements.
    func closeArray(count: Int, depth: Int) {
        if count > 0 { newline(depth) }
        bytes.append(UInt8(ascii: "]"))
    }

    // MARK: Scalars

    func null() { bytes.append(contentsOf: "null".utf8) }

    func bool(_ value: Bool) { bytes.append(contentsOf: value ? "true".utf8 : "false".utf8) }

    func integer(_ value: some BinaryInteger) {
        if let small = Int(exactly: value) {
            integer(small)
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    /// Writes an `Int` digit by digit, without building a string.
    func integer(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Writes an object of integer fields, which must be given in sorted key order.
    func integerObject(_ fields: KeyValuePairs<StaticString, Int>, depth: Int) {
        bytes.append(UInt8(ascii: "{"))
        for (index, (key, value)) in fields.enumerated() {
            field(key, first: index == 0, depth: depth)
            integer(value)
        }
        closeFields(fields.isEmpty, depth: depth)
    }

    /// Writes the `{` of an object a `JSONFastWritable` writes field by field.
    func openFields() { bytes.append(UInt8(ascii: "{")) }

    /// Starts a field of an object opened with `{` by a `JSONFastWritable` (keys in sorted order).
    func field(_ key: StaticString, first: Bool, depth: Int) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        newline(depth + 1)
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    /// Closes an object written with `field`.
    func closeFields(_ empty: Bool, depth: Int) {
        if !empty { newline(depth) }
        bytes.append(UInt8(ascii: "}"))
    }

    func double(_ value: Double) {
        guard value.isFinite else { return null() }
        if value == value.rounded(), abs(value) < 1e15 {
            integer(Int(value))
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: value.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private func newline(_ depth: Int) {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }
}

/// A value that writes its own JSON, faster than through `Encodable`, for the types reports hold
/// by the thousand; it must write keys in sorted order, as `JSONWriter` does for the others.
protocol JSONFastWritable {
    func writeJSON(to writer: JSONWriter, depth: Int)
}
