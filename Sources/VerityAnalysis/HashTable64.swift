/// An open-addressing table keyed by 64-bit feature hashes (already well mixed by FNV-1a), so
/// scoring looks weights up and drops repeated features without `Hasher`.
struct HashTable64<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private var mask: Int
    /// Number of keys stored.
    private(set) var count = 0

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: nil, count: size)
        mask = size - 1
    }

    /// The slot of `key`: where it is, or the empty slot where it belongs.
    private func slot(of key: UInt64) -> Int {
        var index = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        while values[index] != nil, keys[index] != key { index = (index + 1) & mask }
        return index
    }

    /// The value stored for `key`, or nil.
    func value(for key: UInt64) -> Value? { values[slot(of: key)] }

    /// Stores `value` for `key` unless it is there; returns whether it was inserted.
    @discardableResult
    mutating func insert(_ key: UInt64, _ value: Value) -> Bool {
        let index = slot(of: key)
        guard values[index] == nil else { return false }
        keys[index] = key
        values[index] = value
        count += 1
        if count * 2 > keys.count { grow() }
        return true
    }

    /// Replaces the value for `key`, inserting it when absent.
    mutating func update(_ key: UInt64, _ transform: (Value?) -> Value) {
        let index = slot(of: key)
        if values[index] == nil {
            insert(key, transform(nil))
        } else {
            values[index] = transform(values[index])
        }
    }

    private mutating func grow() {
        let old = zip(keys, values).compactMap { key, value in value.map { (key, $0) } }
        self = HashTable64(capacity: keys.count)
        for (key, value) in old { insert(key, value) }
    }
}
