/// Accumulates text with every run of whitespace collapsed to one space, none leading or
/// trailing; `count` is the length of `result` in Unicode scalars.
struct CollapsingText: Sendable {
    private var scalars = String.UnicodeScalarView()
    private var pendingSpace = false
    /// Length of the collapsed text so far, in Unicode scalars.
    private(set) var count = 0

    /// Appends `text`, collapsing its whitespace with what came before.
    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            if CollapsingText.isSpace(scalar) {
                pendingSpace = true
            } else if CollapsingText.isInvisible(scalar) {
                continue
            } else {
                if pendingSpace && count > 0 {
                    scalars.append(" ")
                    count += 1
                }
                pendingSpace = false
                scalars.append(scalar)
                count += 1
            }
        }
    }

    /// Marks a word break: a space goes in before the next visible character.
    mutating func appendSpace() { pendingSpace = true }

    /// The offset the next visible scalar will get, counting the space that will precede it.
    var nextOffset: Int { pendingSpace && count > 0 ? count + 1 : count }

    /// Whether nothing visible has been appended.
    var isEmpty: Bool { count == 0 }

    /// The collapsed text, without trailing space.
    var result: String { String(scalars) }

    /// Whether `scalar` counts as whitespace (Unicode White_Space, no-break space included).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C: true
        case 0..<0x80: false
        default: scalar.properties.isWhitespace
        }
    }

    /// Zero-width characters and soft hyphens that pages use for layout, dropped from the text.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B, 0x2060, 0xFEFF: true
        case 0..<0x20: true
        default: false
        }
    }
}
