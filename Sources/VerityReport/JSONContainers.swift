/// Keyed container of `JSONValueEncoder`: each call begins an entry and writes its value.
/// Every primitive has its own overload: left to the generic one, a primitive would encode itself
/// through a single-value container forever.
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONValueEncoder
    var codingPath: [any CodingKey] { [] }
    private var writer: JSONWriter { encoder.writer }

    init(encoder: JSONValueEncoder) { self.encoder = encoder }

    mutating func encodeNil(forKey key: Key) throws { encoder.beginSlot(key.stringValue); writer.null() }
    mutating func encode(_ value: Bool, forKey key: Key) throws { encoder.beginSlot(key.stringValue); writer.bool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { encoder.beginSlot(key.stringValue); writer.string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { encoder.beginSlot(key.stringValue); writer.double(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { encoder.beginSlot(key.stringValue); writer.double(Double(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { encoder.beginSlot(key.stringValue); writer.integer(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { encoder.beginSlot(key.stringValue); writer.integer(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { encoder.beginSlot(key.stringValue); writer.integer(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { encoder.beginSlot(key.stringValue); writer.integer(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { encoder.beginSlot(key.stringValue); writer.integer(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { encoder.beginSlot(key.stringValue); writer.integer(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { encoder.beginSlot(key.stringValue); writer.integer(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { encoder.beginSlot(key.stringValue); writer.integer(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { encoder.beginSlot(key.stringValue); writer.integer(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { encoder.beginSlot(key.stringValue); writer.integer(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        encoder.beginSlot(key.stringValue)
        encoder.writeNested(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        encoder.beginSlot(key.stringValue)
        return encoder.child().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.beginSlot(key.stringValue)
        return encoder.child().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        encoder.beginSlot("super")
        return encoder.child()
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        encoder.beginSlot(key.stringValue)
        return encoder.child()
    }
}

/// Unkeyed container of `JSONValueEncoder`: each call begins an element and writes it.
struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONValueEncoder
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0
    private var writer: JSONWriter { encoder.writer }

    init(encoder: JSONValueEncoder) { self.encoder = encoder }

    private mutating func begin() {
        encoder.beginSlot(nil)
        count += 1
    }

    mutating func encodeNil() throws { begin(); writer.null() }
    mutating func encode(_ value: Bool) throws { begin(); writer.bool(value) }
    mutating func encode(_ value: String) throws { begin(); writer.string(value) }
    mutating func encode(_ value: Double) throws { begin(); writer.double(value) }
    mutating func encode(_ value: Float) throws { begin(); writer.double(Double(value)) }
    mutating func encode(_ value: Int) throws { begin(); writer.integer(value) }
    mutating func encode(_ value: Int8) throws { begin(); writer.integer(value) }
    mutating func encode(_ value: Int16) throws { begin(); writer.integer(value) }
    mutating func encode(_ value: Int32) throws { begin(); writer.integer(value) }
    mutating func encode(_ value: Int64) throws { begin(); writer.integer(value) }
    mutating func encode(_ value: UInt) throws { begin(); writer.integer(value) }
    mutating func encode(_ value: UInt8) throws { begin(); writer.integer(value) }
    mutating func encode(_ value: UInt16) throws { begin(); writer.integer(value) }
    mutating func encode(_ value: UInt32) throws { begin(); writer.integer(value) }
    mutating func encode(_ value: UInt64) throws { begin(); writer.integer(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        begin()
        encoder.writeNested(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        begin()
        return encoder.child().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        begin()
        return encoder.child().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        begin()
        return encoder.child()
    }
}

/// Single-value container of `JSONValueEncoder`: writes the value once, in place.
struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONValueEncoder
    var codingPath: [any CodingKey] { [] }
    private var writer: JSONWriter { encoder.writer }

    mutating func encodeNil() throws { if encoder.beginSingleValue() { writer.null() } }
    mutating func encode(_ value: Bool) throws { if encoder.beginSingleValue() { writer.bool(value) } }
    mutating func encode(_ value: String) throws { if encoder.beginSingleValue() { writer.string(value) } }
    mutating func encode(_ value: Double) throws { if encoder.beginSingleValue() { writer.double(value) } }
    mutating func encode(_ value: Float) throws { if encoder.beginSingleValue() { writer.double(Double(value)) } }
    mutating func encode(_ value: Int) throws { if encoder.beginSingleValue() { writer.integer(value) } }
    mutating func encode(_ value: Int8) throws { if encoder.beginSingleValue() { writer.integer(value) } }
    mutating func encode(_ value: Int16) throws { if encoder.beginSingleValue() { writer.integer(value) } }
    mutating func encode(_ value: Int32) throws { if encoder.beginSingleValue() { writer.integer(value) } }
    mutating func encode(_ value: Int64) throws { if encoder.beginSingleValue() { writer.integer(value) } }
    mutating func encode(_ value: UInt) throws { if encoder.beginSingleValue() { writer.integer(value) } }
    mutating func encode(_ value: UInt8) throws { if encoder.beginSingleValue() { writer.integer(value) } }
    mutating func encode(_ value: UInt16) throws { if encoder.beginSingleValue() { writer.integer(value) } }
    mutating func encode(_ value: UInt32) throws { if encoder.beginSingleValue() { writer.integer(value) } }
    mutating func encode(_ value: UInt64) throws { if encoder.beginSingleValue() { writer.integer(value) } }
    mutating func encode<T: Encodable>(_ value: T) throws {
        guard encoder.beginSingleValue() else { return }
        let inner = JSONValueEncoder(writer: writer, depth: encoder.depth)
        try value.encode(to: inner)
        inner.finish()
    }
}
