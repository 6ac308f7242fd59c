/// The bytes of a JSON text being written, with the layout every Verity JSON file uses: two-space
/// indent, `"key": value`, empty containers as `{}`/`[]`, small records on one line.
///
/// A value type so that writers holding it `inout` pay no dynamic exclusivity checks.
struct JSONBuffer {
    /// The UTF-8 bytes written so far.
    var bytes: [UInt8] = []

    // MARK: Multi-line objects, keys written by the caller in sorted order

    /// Writes `{`; pass `first` to each `key` call and to `closeObject`.
    mutating func openObject(_ first: inout Bool) {
        bytes.append(UInt8(ascii: "{"))
        first = true
    }

    /// Starts the entry `key` on its own line.
    mutating func key(_ key: StaticString, _ first: inout Bool, depth: Int) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        newline(depth + 1)
        quoted(key)
        bytes.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    /// Closes an object; `first` still set means it had no entries.
    mutating func closeObject(_ first: Bool, depth: Int) {
        if !first { newline(depth) }
        bytes.append(UInt8(ascii: "}"))
    }

    /// Writes `items` as an array, one element per line, each by `write` at the element depth.
    mutating func array<Item>(_ items: [Item], depth: Int, _ write: (inout JSONBuffer, Item, Int) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            newline(depth + 1)
            write(&self, item, depth + 1)
        }
        if !items.isEmpty { newline(depth) }
        bytes.append(UInt8(ascii: "]"))
    }

    // MARK: One-line records

    /// Writes the `{` of a one-line record.
    mutating func openRecord() { bytes.append(UInt8(ascii: "{")) }

    /// Starts a field of a one-line record (keys in sorted order).
    mutating func field(_ key: StaticString, first: Bool) {
        if !first { bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }
        quoted(key)
        bytes.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    /// Closes a one-line record.
    mutating func closeRecord() { bytes.append(UInt8(ascii: "}")) }

    // MARK: Scalars

    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    mutating func bool(_ value: Bool) { bytes.append(contentsOf: value ? "true".utf8 : "false".utf8) }

    /// Writes an `Int` digit by digit, without building a string.
    mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// Writes any integer; those that fit an `Int` take the fast path.
    mutating func integer(_ value: some BinaryInteger) {
        if let small = Int(exactly: value) {
            integer(small)
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    /// Whole numbers without a fraction (`1`), others in Swift's shortest form; non-finite as null.
    mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        if value == value.rounded(), abs(value) < 1e15 {
            integer(Int(value))
        } else {
            bytes.append(contentsOf: value.description.utf8)
        }
    }

    /// Writes `value` quoted, escaping quote, backslash and control characters.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        let utf8 = value.utf8
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: utf8)
        } else {
            for byte in utf8 { escape(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        case 0x00..<0x20:
            let hex: StaticString = "0123456789abcdef"
            bytes.append(contentsOf: "\\u00".utf8)
            hex.withUTF8Buffer { digits in
                bytes.append(digits[Int(byte >> 4)])
                bytes.append(digits[Int(byte & 0x0F)])
            }
        default: bytes.append(byte)
        }
    }

    /// A line break and the indent of `depth`.
    mutating func newline(_ depth: Int) {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func quoted(_ key: StaticString) {
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// A value that writes its own JSON in `JSONBuffer`'s layout, faster than through `Encodable`.
///
/// Its `Encodable` conformance stays the definition: tests check that both paths write the same
/// bytes, so a field added to one and not the other fails them.
protocol JSONFastWritable {
    func writeJSON(to buffer: inout JSONBuffer, depth: Int)
}

/// A small value always written on one line by itself (a range, a token, a location), whichever
/// path writes the value that holds it.
protocol JSONRecord: JSONFastWritable {}
