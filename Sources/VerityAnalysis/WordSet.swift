import VerityCore

/// A set of normalised words looked up by `TokenWords.hash`, so the hot loops over tokens test
/// membership with the hash they already have instead of hashing a `String` again.
struct WordSet: Sendable {
    private var table: HashTable64<Bool>

    /// The set of `words`, each normalised as tokens are (`TokenWords.normalise`).
    init(_ words: [String]) {
        table = HashTable64(capacity: words.count)
        for word in words { table.insert(TokenWords.hash(TokenWords.normalise(word)), true) }
    }

    /// Whether the word whose `TokenWords.hash` is `hash` is in the set.
    func contains(hash: UInt64) -> Bool { table.value(for: hash) != nil }

    /// Whether token `index` of `words` is in the set.
    func contains(_ index: Int, in words: TokenWords) -> Bool { contains(hash: words.hashes[index]) }

    /// Whether a normalised word is in the set.
    func contains(_ word: String) -> Bool { contains(hash: TokenWords.hash(word)) }
}
