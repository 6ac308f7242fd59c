import VerityCore

extension Document {
    /// The text covered by `range`, clamped to the body: the same as `text(in:)`, built through
    /// UTF-8 bytes, which is several times faster when reports cut thousands of pieces.
    func substring(_ range: TextRange) -> String {
        let lower = min(max(0, range.start), scalars.count)
        let upper = min(max(lower, range.end), scalars.count)
        guard lower < upper else { return "" }
        var bytes: [UInt8] = []
        bytes.reserveCapacity((upper - lower) * 2)
        for scalar in scalars[lower..<upper] {
            if scalar.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
