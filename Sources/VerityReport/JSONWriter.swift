/// Streams `Encodable` values as pretty-printed JSON (two-space indent, `"key": value`) into one
/// byte buffer, with the keys of every object sorted, so output is byte-stable.
///
/// Objects whose keys arrive in order are written straight through; an object whose keys arrive
/// out of order (a `Dictionary`, say) has its entries re-sorted in place when it closes. Strings
/// are escaped as JSON requires (quote, backslash, control characters), everything else is
/// written as UTF-8; non-finite doubles become `null`.
final class JSONWriter {
    /// The JSON written so far.
    private(set) var buffer = JSONBuffer()
    /// Whether values that can write themselves do so (tests turn it off to compare both paths).
    let usesFastPaths: Bool
    /// Entries of the objects still open, innermost last.
    private var entries: [Entry] = []

    private struct Entry {
        var key: String
        var start: Int
        var end: Int
    }

    init(usesFastPaths: Bool = true) {
        self.usesFastPaths = usesFastPaths
    }

    /// `value` as JSON text ending in a newline.
    static func encode(_ value: some Encodable, usesFastPaths: Bool = true) -> String {
        let writer = JSONWriter(usesFastPaths: usesFastPaths)
        writer.buffer.bytes.reserveCapacity(1 << 16)
        writer.write(value, depth: 0)
        writer.buffer.bytes.append(0x0A)
        return String(decoding: writer.buffer.bytes, as: UTF8.self)
    }

    /// Writes `value` at nesting `depth`; errors cannot occur, a value that throws ends as written.
    func write(_ value: some Encodable, depth: Int) {
        if let fast = value as? any JSONFastWritable, usesFastPaths || fast is any JSONRecord {
            fast.writeJSON(to: &buffer, depth: depth)
            return
        }
        let encoder = JSONValueEncoder(writer: self, depth: depth)
        try? value.encode(to: encoder)
        encoder.finish()
    }

    // MARK: Objects

    /// Writes `{` and returns the mark that `closeObject` needs.
    func openObject() -> Int {
        buffer.bytes.append(UInt8(ascii: "{"))
        return entries.count
    }

    /// Starts the entry `key` in the object opened at `mark`, which has `count` entries so far.
    func beginEntry(_ key: String, object mark: Int, count: Int, depth: Int) {
        if count > 0 {
            entries[entries.count - 1].end = buffer.bytes.count
            buffer.bytes.append(UInt8(ascii: ","))
        }
        buffer.newline(depth + 1)
        entries.append(Entry(key: key, start: buffer.bytes.count, end: buffer.bytes.count))
        buffer.string(key)
        buffer.bytes.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    /// Closes the object opened at `mark`, sorting its entries when they arrived out of order.
    func closeObject(_ mark: Int, count: Int, depth: Int) {
        guard count > 0 else {
            buffer.bytes.append(UInt8(ascii: "}"))
            return
        }
        entries[entries.count - 1].end = buffer.bytes.count
        let own = entries[mark...]
        if !zip(own, own.dropFirst()).allSatisfy({ $0.key <= $1.key }) {
            let start = own[own.startIndex].start
            var sorted = JSONBuffer()
            sorted.bytes.reserveCapacity(buffer.bytes.count - start)
            for (index, entry) in own.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 {
                    sorted.bytes.append(UInt8(ascii: ","))
                    sorted.newline(depth + 1)
                }
                sorted.bytes.append(contentsOf: buffer.bytes[entry.start..<entry.end])
            }
            buffer.bytes.replaceSubrange(start..., with: sorted.bytes)
        }
        entries.removeSubrange(mark...)
        buffer.newline(depth)
        buffer.bytes.append(UInt8(ascii: "}"))
    }

    // MARK: Arrays

    /// Writes `[`.
    func openArray() { buffer.bytes.append(UInt8(ascii: "[")) }

    /// Starts element number `count` of an array at `depth`.
    func beginElement(count: Int, depth: Int) {
        if count > 0 { buffer.bytes.append(UInt8(ascii: ",")) }
        buffer.newline(depth + 1)
    }

    /// Closes an array at `depth` that has `count` elements.
    func closeArray(count: Int, depth: Int) {
        if count > 0 { buffer.newline(depth) }
        buffer.bytes.append(UInt8(ascii: "]"))
    }

    // MARK: Scalars

    func null() { buffer.null() }
    func bool(_ value: Bool) { buffer.bool(value) }
    func integer(_ value: some BinaryInteger) { buffer.integer(value) }
    func double(_ value: Double) { buffer.double(value) }
    func string(_ value: String) { buffer.string(value) }
}
