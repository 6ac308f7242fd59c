/// A 65,536-bit filter over token keys: a cheap "certainly not in the set" test that runs before
/// a table lookup, so tokens that start no phrase cost one shift and one load.
struct KeyFilter: Sendable {
    private var words = [UInt64](repeating: 0, count: 1024)

    init() {}

    /// A filter holding `keys`.
    init(_ keys: some Sequence<UInt64>) {
        for key in keys { insert(key) }
    }

    /// Adds a key.
    mutating func insert(_ key: UInt64) {
        let bit = Int(truncatingIfNeeded: (key ^ (key >> 32)) & 0xFFFF)
        words[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// False when `key` was certainly never inserted.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: (key ^ (key >> 32)) & 0xFFFF)
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
