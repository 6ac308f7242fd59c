import VerityCore

/// The patterns of one or more lexicons in an open hash table keyed by their first word's hash,
/// laid out flat: the candidates of a bucket are a run of plain numbers, so looking up a token
/// copies no references. `Lexicon` keeps one for itself, `LexiconSet` one for several lexicons.
struct PatternTable: Sendable {
    /// A pattern that may start at a token: its first word's hash, its lexicon (an index into the
    /// lexicons the table was built from) and where it is in `patterns`.
    struct Candidate: Sendable {
        var firstHash: UInt64
        var lexicon: Int
        var pattern: Int
    }

    /// Every pattern of every lexicon.
    let patterns: [Lexicon.Pattern]
    /// Candidates grouped by bucket (first word's hash & `mask`); in each bucket by lexicon, then
    /// longest first, as each lexicon tries them.
    private let candidates: [Candidate]
    /// Where each bucket's candidates start in `candidates`; one more entry than there are buckets.
    private let bucketStarts: [Int]
    private let mask: UInt64

    /// A table of the patterns of each lexicon, given as its patterns grouped by first word.
    init(_ lexicons: [[String: [Lexicon.Pattern]]]) {
        let firstWords = lexicons.reduce(0) { $0 + $1.count }
        var size = 16
        while size < firstWords * 2 { size *= 2 }
        var patterns: [Lexicon.Pattern] = []
        var buckets = [[Candidate]](repeating: [], count: size)
        for (index, byFirstWord) in lexicons.enumerated() {
            for (first, group) in byFirstWord.sorted(by: { $0.key < $1.key }) {
                let hash = TokenWords.hash(first)
                for pattern in group {
                    buckets[Int(hash & UInt64(size - 1))].append(
                        Candidate(firstHash: hash, lexicon: index, pattern: patterns.count))
                    patterns.append(pattern)
                }
            }
        }
        var candidates: [Candidate] = []
        var bucketStarts: [Int] = []
        for var bucket in buckets {
            bucket.sort {
                $0.lexicon != $1.lexicon
                    ? $0.lexicon < $1.lexicon : Lexicon.Pattern.longerFirst(patterns[$0.pattern], patterns[$1.pattern])
            }
            bucketStarts.append(candidates.count)
            candidates += bucket
        }
        bucketStarts.append(candidates.count)
        self.patterns = patterns
        self.candidates = candidates
        self.bucketStarts = bucketStarts
        self.mask = UInt64(size - 1)
    }

    /// The positions in `candidates` of the bucket a token with word hash `hash` falls in.
    func bucket(of hash: UInt64) -> Range<Int> {
        let bucket = Int(hash & mask)
        return bucketStarts[bucket]..<bucketStarts[bucket + 1]
    }

    /// The candidate at `position` (from `bucket(of:)`).
    subscript(position: Int) -> Candidate { candidates[position] }

    /// Whether the candidate at `position` starts with token `index`'s word.
    func startsWith(_ position: Int, at index: Int, in words: TokenWords) -> Bool {
        let candidate = candidates[position]
        return candidate.firstHash == words.hashes[index] && patterns[candidate.pattern].words[0] == words.words[index]
    }
}
