/// A feature's hash with the model's weight for it; a feature the model does not weigh has hash
/// 0, as adding nothing needs no deduplication.
struct WeightedFeature {
    var hash: UInt64
    var weight: Double
}

/// A set of feature hashes emptied in constant time (a generation stamp per slot), so each
/// claim counts each feature once without allocating.
struct FeatureStamps {
    private var keys: [UInt64] = Array(repeating: 0, count: 256)
    private var stamps: [UInt32] = Array(repeating: 0, count: 256)
    private var generation: UInt32 = 0

    /// Empties the set, with room for `count` hashes at a low load.
    mutating func reset(expecting count: Int) {
        if count * 4 > keys.count {
            var size = keys.count
            while size < count * 4 { size <<= 1 }
            keys = Array(repeating: 0, count: size)
            stamps = Array(repeating: 0, count: size)
            generation = 0
        }
        generation &+= 1
        if generation == 0 {
            for index in stamps.indices { stamps[index] = 0 }
            generation = 1
        }
    }

    /// The feature's weight the first time its hash is seen since `reset`, else 0.
    mutating func weightIfNew(_ feature: WeightedFeature) -> Double {
        guard feature.hash != 0 else { return 0 }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: feature.hash ^ (feature.hash >> 32)) & mask
        while stamps[slot] == generation {
            if keys[slot] == feature.hash { return 0 }
            slot = (slot + 1) & mask
        }
        stamps[slot] = generation
        keys[slot] = feature.hash
        return feature.weight
    }
}
