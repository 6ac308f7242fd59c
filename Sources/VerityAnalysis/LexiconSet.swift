/// Several lexicons matched in one pass: one table lookup a token for all of them, each lexicon
/// keeping its own greedy longest-first matching, so the matches are those `Lexicon.matches`
/// finds lexicon by lexicon.
public struct LexiconSet: Sendable {
    /// A pattern and the index of its lexicon.
    struct Candidate: Sendable {
        var lexicon: Int
        var pattern: Lexicon.Pattern
    }

    /// The lexicons, in the order their indices refer to.
    public let lexicons: [Lexicon]
    /// Every pattern of every lexicon, indexed by its first word's hash & `mask`; by lexicon,
    /// then in each lexicon's own order.
    let buckets: [[Candidate]]
    let mask: UInt64

    /// Joins `lexicons` into one table.
    public init(_ lexicons: [Lexicon]) {
        self.lexicons = lexicons
        let firstWords = lexicons.reduce(0) { $0 + $1.patternsByFirstWord.count }
        var size = 16
        while size < firstWords * 2 { size *= 2 }
        var buckets = [[Candidate]](repeating: [], count: size)
        for (index, lexicon) in lexicons.enumerated() {
            for (first, patterns) in lexicon.patternsByFirstWord.sorted(by: { $0.key < $1.key }) {
                buckets[Int(TokenWords.hash(first) & UInt64(size - 1))]
                    += patterns.map { Candidate(lexicon: index, pattern: $0) }
            }
        }
        for index in buckets.indices {
            buckets[index].sort {
                $0.lexicon != $1.lexicon ? $0.lexicon < $1.lexicon : Lexicon.Pattern.longerFirst($0.pattern, $1.pattern)
            }
        }
        self.buckets = buckets
        self.mask = UInt64(size - 1)
    }

    /// Calls `body(lexicon, tokens, entry)` for every match of every lexicon within `tokenRange`,
    /// in order of start; `lexicon` indexes `lexicons`.
    public func scan(in words: TokenWords, tokens tokenRange: Range<Int>, _ body: (Int, Range<Int>, String) -> Void) {
        var nextFree = [Int](repeating: tokenRange.lowerBound, count: lexicons.count)
        for index in tokenRange {
            let hash = words.hashes[index]
            var matched = -1
            for candidate in buckets[Int(hash & mask)]
            where candidate.lexicon != matched && nextFree[candidate.lexicon] <= index
                && candidate.pattern.hashes[0] == hash && candidate.pattern.words[0] == words.words[index]
            {
                guard let next = Lexicon.match(candidate.pattern, from: 1, at: index + 1, in: words, limit: tokenRange.upperBound)
                else { continue }
                body(candidate.lexicon, index..<next, candidate.pattern.entry)
                nextFree[candidate.lexicon] = next
                matched = candidate.lexicon
            }
        }
    }
}
