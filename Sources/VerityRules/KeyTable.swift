/// A hash table from (node, token key) pairs to small integers, for tries and automata over
/// token keys. Token keys are already hashes, so a slot is picked from the key's own bits with
/// one multiply (Swift's `Dictionary` runs SipHash on every lookup); open addressing with
/// linear probing, kept at most a quarter full so a miss ends after a probe or two.
struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var nodes: [Int32]
    /// The value stored in each slot, -1 in an empty one.
    private var values: [Int32]
    private var mask: Int
    /// The number of pairs stored.
    private(set) var count = 0

    init() {
        keys = Array(repeating: 0, count: 16)
        nodes = Array(repeating: 0, count: 16)
        values = Array(repeating: -1, count: 16)
        mask = 15
    }

    /// The value stored for `key` under `node`, if any.
    @inline(__always)
    func value(node: Int, key: UInt64) -> Int? {
        var slot = Self.slot(node: node, key: key, mask: mask)
        while values[slot] >= 0 {
            if keys[slot] == key, nodes[slot] == Int32(truncatingIfNeeded: node) { return Int(values[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores `value` (0 or more) for `key` under `node`, replacing what was there.
    mutating func set(_ value: Int, node: Int, key: UInt64) {
        if (count + 1) * 4 > keys.count { grow() }
        var slot = Self.slot(node: node, key: key, mask: mask)
        while values[slot] >= 0 {
            if keys[slot] == key, nodes[slot] == Int32(truncatingIfNeeded: node) {
                values[slot] = Int32(value)
                return
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        nodes[slot] = Int32(node)
        values[slot] = Int32(value)
        count += 1
    }

    private mutating func grow() {
        let old = (keys, nodes, values)
        keys = Array(repeating: 0, count: old.0.count * 2)
        nodes = Array(repeating: 0, count: old.0.count * 2)
        values = Array(repeating: -1, count: old.0.count * 2)
        mask = keys.count - 1
        count = 0
        for slot in old.0.indices where old.2[slot] >= 0 {
            set(Int(old.2[slot]), node: Int(old.1[slot]), key: old.0[slot])
        }
    }

    @inline(__always)
    private static func slot(node: Int, key: UInt64, mask: Int) -> Int {
        let mixed = (key ^ UInt64(truncatingIfNeeded: node)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }
}
