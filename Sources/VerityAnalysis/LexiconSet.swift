import VerityCore

/// Several lexicons matched in one pass: one table lookup a token for all of them, each lexicon
/// keeping its own greedy longest-first matching, so the matches are those `Lexicon.matches`
/// finds lexicon by lexicon.
public struct LexiconSet: Sendable {
    /// A pattern that may start at a token: its first word's hash, its lexicon and where it is in
    /// `patterns`. Plain numbers, so walking a bucket copies no references.
    struct Candidate: Sendable {
        var firstHash: UInt64
        var lexicon: Int
        var pattern: Int
    }

    /// The lexicons, in the order their indices refer to.
    public let lexicons: [Lexicon]
    /// Every pattern of every lexicon.
    let patterns: [Lexicon.Pattern]
    /// Candidates grouped by bucket (first word's hash & `mask`); in each bucket by lexicon, then
    /// in each lexicon's own order (longest first).
    let candidates: [Candidate]
    /// Where each bucket's candidates start in `candidates`; one more entry than there are buckets.
    let bucketStarts: [Int]
    let mask: UInt64

    /// Joins `lexicons` into one table.
    public init(_ lexicons: [Lexicon]) {
        self.lexicons = lexicons
        let firstWords = lexicons.reduce(0) { $0 + $1.patternsByFirstWord.count }
        var size = 16
        while size < firstWords * 2 { size *= 2 }
        var patterns: [Lexicon.Pattern] = []
        var buckets = [[Candidate]](repeating: [], count: size)
        for (index, lexicon) in lexicons.enumerated() {
            for (first, group) in lexicon.patternsByFirstWord.sorted(by: { $0.key < $1.key }) {
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

    /// Calls `body(lexicon, tokens, entry)` for every match of every lexicon within `tokenRange`,
    /// in order of start; `lexicon` indexes `lexicons`.
    public func scan(in words: TokenWords, tokens tokenRange: Range<Int>, _ body: (Int, Range<Int>, String) -> Void) {
        var nextFree = [Int](repeating: tokenRange.lowerBound, count: lexicons.count)
        for index in tokenRange {
            let hash = words.hashes[index]
            let bucket = Int(hash & mask)
            var matched = -1
            for position in bucketStarts[bucket]..<bucketStarts[bucket + 1] {
                let candidate = candidates[position]
                guard candidate.firstHash == hash, candidate.lexicon != matched, nextFree[candidate.lexicon] <= index,
                    patterns[candidate.pattern].words[0] == words.words[index],
                    let next = Lexicon.match(
                        patterns[candidate.pattern], from: 1, at: index + 1, in: words, limit: tokenRange.upperBound)
                else { continue }
                body(candidate.lexicon, index..<next, patterns[candidate.pattern].entry)
                nextFree[candidate.lexicon] = next
                matched = candidate.lexicon
            }
        }
    }
}
