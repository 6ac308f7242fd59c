import VerityCore

/// A match found by scanning tokens: `length` tokens from token `start`, inside sentence
/// `sentence`; `entry` says which of the check's alternatives matched, where that matters.
struct TokenMatch {
    var sentence: Int
    var start: Int
    var length: Int
    var entry: Int
}

extension RuleContext {
    /// Leftmost-longest matches that do not overlap, inside each sentence, tried only at the
    /// tokens in `starts` (sorted): `longest(start, limit)` gives the longest match at token
    /// `start` that ends before token `limit`, if any.
    func leftmostLongest(
        at starts: [Int], _ longest: (_ start: Int, _ limit: Int) -> (length: Int, entry: Int)?
    ) -> [TokenMatch] {
        var result: [TokenMatch] = []
        var first = 0
        for (sentenceIndex, sentence) in analysis.sentences.enumerated() {
            // Sentences are sorted by start, so the first candidate of each only moves forward.
            while first < starts.count, starts[first] < sentence.tokens.lowerBound { first += 1 }
            var position = first
            var next = sentence.tokens.lowerBound
            while position < starts.count, starts[position] < sentence.tokens.upperBound {
                let start = starts[position]
                position += 1
                guard start >= next, let found = longest(start, sentence.tokens.upperBound), found.length > 0 else { continue }
                result.append(TokenMatch(sentence: sentenceIndex, start: start, length: found.length, entry: found.entry))
                next = start + found.length
            }
        }
        return result
    }
}
