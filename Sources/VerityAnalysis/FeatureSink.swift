/// Receives the features of a sentence, each named by a prefix and one or two parts
/// (`b:` + `it` + `is` names `b:it_is`); a sink drops repeats.
protocol FeatureSink {
    mutating func add(_ prefix: String, _ part: String, _ second: String?)
}

extension FeatureSink {
    mutating func add(_ prefix: String, _ part: String) { add(prefix, part, nil) }
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
        if seen.insert(hash, true) { hashes.append(hash) }
    }
}
