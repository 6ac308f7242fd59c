import VerityCore

/// Several lexicons matched in one pass: one table lookup a token for all of them, each lexicon
/// keeping its own greedy longest-first matching, so the matches are those `Lexicon.matches`
/// finds lexicon by lexicon.
public struct LexiconSet: Sendable {
    /// The lexicons, in the order their indices refer to.
    public let lexicons: [Lexicon]
    /// Every pattern of every lexicon, by first word.
    let table: PatternTable

    /// Joins `lexicons` into one table.
    public init(_ lexicons: [Lexicon]) {
        self.lexicons = lexicons
        table = PatternTable(lexicons.map(\.patternsByFirstWord))
    }

    /// Calls `body(lexicon, tokens, entry)` for every match of every lexicon within `tokenRange`,
    /// in order of start; `lexicon` indexes `lexicons`.
    public func scan(in words: TokenWords, tokens tokenRange: Range<Int>, _ body: (Int, Range<Int>, String) -> Void) {
        var nextFree = [Int](repeating: tokenRange.lowerBound, count: lexicons.count)
        for index in tokenRange {
            var matched = -1
            for position in table.bucket(of: words.hashes[index]) {
                let candidate = table[position]
                guard candidate.lexicon != matched, nextFree[candidate.lexicon] <= index,
                    table.startsWith(position, at: index, in: words),
                    let next = Lexicon.match(
                        table.patterns[candidate.pattern], from: 1, at: index + 1, in: words, limit: tokenRange.upperBound)
                else { continue }
                body(candidate.lexicon, index..<next, table.patterns[candidate.pattern].entry)
                nextFree[candidate.lexicon] = next
                matched = candidate.lexicon
            }
        }
    }
}
