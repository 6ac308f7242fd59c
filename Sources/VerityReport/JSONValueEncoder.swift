/// The `Encoder` `JSONWriter` hands each value: it turns container calls into writer calls.
///
/// A value asks for one container; the encoder remembers which and `finish()` closes it. Nested
/// containers and super-encoders are child encoders closed before the parent writes again.
final class JSONValueEncoder: Encoder {
    private enum State {
        case empty
        case object(mark: Int, count: Int)
        case array(count: Int)
        case single
    }

    let writer: JSONWriter
    let depth: Int
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private var state = State.empty
    private var openChild: JSONValueEncoder?

    init(writer: JSONWriter, depth: Int) {
        self.writer = writer
        self.depth = depth
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .empty = state { state = .object(mark: writer.openObject(), count: 0) }
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .empty = state {
            writer.openArray()
            state = .array(count: 0)
        }
        return JSONUnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(encoder: self)
    }

    /// Closes whatever the value opened; a value that wrote nothing becomes `null`.
    func finish() {
        closeOpenChild()
        switch state {
        case .empty: writer.null()
        case .object(let mark, let count): writer.closeObject(mark, count: count, depth: depth)
        case .array(let count): writer.closeArray(count: count, depth: depth)
        case .single: break
        }
    }

    /// Starts the entry `key` of this object, or the next element of this array.
    func beginSlot(_ key: String?) {
        closeOpenChild()
        switch state {
        case .object(let mark, let count):
            writer.beginEntry(key ?? "", object: mark, count: count, depth: depth)
            state = .object(mark: mark, count: count + 1)
        case .array(let count):
            writer.beginElement(count: count, depth: depth)
            state = .array(count: count + 1)
        case .empty, .single:
            break
        }
    }

    /// Marks a single value as written; only the first counts.
    func beginSingleValue() -> Bool {
        guard case .empty = state else { return false }
        state = .single
        return true
    }

    /// Writes `value` in the slot just begun.
    func writeNested(_ value: some Encodable) {
        writer.write(value, depth: depth + 1)
    }

    /// A child encoder for a nested container or super-encoder, closed before this one goes on.
    func child() -> JSONValueEncoder {
        let child = JSONValueEncoder(writer: writer, depth: depth + 1)
        openChild = child
        return child
    }

    private func closeOpenChild() {
        guard let child = openChild else { return }
        openChild = nil
        child.finish()
    }
}
