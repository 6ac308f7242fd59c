/// Accumulates text with every run of whitespace collapsed to one space, none leading or
/// trailing; `count` is the length of `result` in Unicode scalars.
///
/// Works on UTF-8 bytes: ASCII, the bulk of any page, never leaves the fast path.
struct CollapsingText: Sendable {
    private var bytes: [UInt8] = []
    private var pendingSpace = false
    /// Length of the collapsed text so far, in Unicode scalars.
    private(set) var count = 0

    /// Appends `text`, collapsing its whitespace with what came before.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(utf8: $0) }
    }

    private mutating func append(utf8 input: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte < 0x80 {
                index += 1
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    pendingSpace = true
                } else if byte >= 0x20 && byte != 0x7F {
                    appendVisible(byte)
                }
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let end = min(index + length, input.count)
            let sequence = UnsafeBufferPointer(rebasing: input[index..<end])
            index = end
            guard let scalar = Self.decode(sequence) else { continue }
            if Self.isSpace(scalar) {
                pendingSpace = true
            } else if !Self.isInvisible(scalar) {
                if pendingSpace && count > 0 {
                    bytes.append(0x20)
                    count += 1
                }
                pendingSpace = false
                bytes.append(contentsOf: sequence)
                count += 1
            }
        }
    }

    private mutating func appendVisible(_ byte: UInt8) {
        if pendingSpace && count > 0 {
            bytes.append(0x20)
            count += 1
        }
        pendingSpace = false
        bytes.append(byte)
        count += 1
    }

    private static func decode(_ sequence: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        var iterator = sequence.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// Marks a word break: a space goes in before the next visible character.
    mutating func appendSpace() { pendingSpace = true }

    /// The offset the next visible scalar will get, counting the space that will precede it.
    var nextOffset: Int { pendingSpace && count > 0 ? count + 1 : count }

    /// Whether nothing visible has been appended.
    var isEmpty: Bool { count == 0 }

    /// The collapsed text, without trailing space.
    var result: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether `scalar` counts as whitespace (Unicode White_Space, no-break space included).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C: true
        case 0..<0x80: false
        default: scalar.properties.isWhitespace
        }
    }

    /// Zero-width characters, soft hyphens and control characters, dropped from the text.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B, 0x2060, 0xFEFF: true
        case 0..<0x20, 0x7F..<0xA0: true
        default: false
        }
    }
}
