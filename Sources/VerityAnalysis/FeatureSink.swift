/// Receives the features of a sentence, each named by a prefix and one or two parts
/// (`b:` + `it` + `is` names `b:it_is`); a sink drops repeats.
protocol FeatureSink {
    mutating func add(_ prefix: String, _ part: String, _ second: String?)
    /// Adds a token's features in this order: `w:word` when `asWord`, else `p:word` when
    /// `asPunctuation`, then `b:previous_word`; called for every token in order.
    mutating func addToken(_ word: String, previous: String, asWord: Bool, asPunctuation: Bool)
}

extension FeatureSink {
    mutating func add(_ prefix: String, _ part: String) { add(prefix, part, nil) }

    mutating func addToken(_ word: String, previous: String, asWord: Bool, asPunctuation: Bool) {
        if asWord {
            add("w:", word)
        } else if asPunctuation {
            add("p:", word)
        }
        add("b:", previous, word)
    }
}

/// Collects feature names, each once, in the order first seen.
struct NamedFeatures: FeatureSink {
    var features: [String] = []
    private var seen: Set<String> = []

    mutating func add(_ prefix: String, _ part: String, _ second: String?) {
        let name = second.map { prefix + part + "_" + $0 } ?? prefix + part
        if seen.insert(name).inserted { features.append(name) }
    }
}

/// Collects the FNV-1a hash of each feature name, each once, without building the name.
struct HashedFeatures: FeatureSink {
    var hashes: [UInt64] = []
    private var seen: HashTable64<Bool>
    /// FNV-1a state after `b:` + the previous token's word + `_` (`<s>` before the first token).
    private var bigramLeft = HashedFeatures.openingLeft

    static let prime: UInt64 = 0x0000_0100_0000_01b3
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let wordBasis = state(after: "w:")
    static let bigramBasis = state(after: "b:")
    static let punctuationBasis = state(after: "p:")

    /// The FNV-1a state after `text` from `state`.
    static func continued(_ state: UInt64, with text: String) -> UInt64 {
        var hash = state
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    /// The FNV-1a state after `text` from the offset basis.
    static func state(after text: String) -> UInt64 {
        continued(offsetBasis, with: text)
    }

    /// A sink expecting about `capacity` distinct features.
    init(capacity: Int = 32) {
        seen = HashTable64(capacity: capacity)
        hashes.reserveCapacity(capacity)
    }

    mutating func add(_ prefix: String, _ part: String, _ second: String?) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        mix(prefix)
        mix(part)
        if let second {
            mix("_")
            mix(second)
        }
        insert(hash)
    }

    private mutating func insert(_ hash: UInt64) {
        if seen.insert(hash, true) { hashes.append(hash) }
    }

    /// The default order of features; the previous word's bytes are already in `bigramLeft`.
    mutating func addToken(_ word: String, previous: String, asWord: Bool, asPunctuation: Bool) {
        let hashes = Self.tokenHashes(word, left: bigramLeft, asWord: asWord)
        if asWord || asPunctuation { insert(hashes.single) }
        insert(hashes.pair)
        bigramLeft = hashes.nextLeft
    }

    /// A token's feature hashes from one pass over its word's bytes: `single` is `w:word` (or
    /// `p:word` when not `asWord`), `pair` is `b:previous_word` continued from `left` (the state
    /// after `b:previous_`), and `nextLeft` is that state for the next token.
    static func tokenHashes(_ word: String, left: UInt64, asWord: Bool) -> (single: UInt64, pair: UInt64, nextLeft: UInt64) {
        var single = asWord ? wordBasis : punctuationBasis
        var pair = left
        var nextLeft = bigramBasis
        for byte in word.utf8 {
            let value = UInt64(byte)
            single = (single ^ value) &* prime
            pair = (pair ^ value) &* prime
            nextLeft = (nextLeft ^ value) &* prime
        }
        return (single, pair, (nextLeft ^ UInt64(UInt8(ascii: "_"))) &* prime)
    }

    /// FNV-1a state after `b:<s>_`: the left half of a stretch's first word pair.
    static let openingLeft = state(after: "b:<s>_")
}
