/// An open-addressing table keyed by 64-bit feature hashes (already well mixed by FNV-1a), so
/// scoring looks weights up and drops repeated features without `Hasher`. Each slot holds its
/// key, value and occupancy together, so a lookup touches one cache line.
struct HashTable64<Value: Sendable>: Sendable {
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value?
    }

    private var slots: [Slot]
    private var mask: Int
    /// Number of keys stored.
    private(set) var count = 0

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(key: 0, value: nil), count: size)
        mask = size - 1
    }

    /// The slot of `key`: where it is, or the empty slot where it belongs.
    private func slot(of key: UInt64) -> Int {
        var index = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        while slots[index].value != nil, slots[index].key != key { index = (index + 1) & mask }
        return index
    }

    /// The value stored for `key`, or nil.
    func value(for key: UInt64) -> Value? { slots[slot(of: key)].value }

    /// Stores `value` for `key` unless it is there; returns whether it was inserted.
    @discardableResult
    mutating func insert(_ key: UInt64, _ value: Value) -> Bool {
        let index = slot(of: key)
        guard slots[index].value == nil else { return false }
        slots[index] = Slot(key: key, value: value)
        count += 1
        if count * 2 > slots.count { grow() }
        return true
    }

    /// Replaces the value for `key`, inserting it when absent.
    mutating func update(_ key: UInt64, _ transform: (Value?) -> Value) {
        let index = slot(of: key)
        if slots[index].value == nil {
            insert(key, transform(nil))
        } else {
            slots[index].value = transform(slots[index].value)
        }
    }

    private mutating func grow() {
        let old = slots
        self = HashTable64(capacity: old.count)
        for slot in old { if let value = slot.value { insert(slot.key, value) } }
    }
}
