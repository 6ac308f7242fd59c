import VerityCore

/// Splits a sentence's tokens into clauses that can each carry a claim: at `;`, and before a
/// coordinating conjunction after a comma (`, but`, `, and they …`) when both sides read as
/// independent clauses.
public struct ClauseSplitter: Sendable {
    public init() {}

    /// Conjunctions that may join two independent clauses after a comma.
    static let conjunctions = WordSet(["and", "but", "yet", "while", "whereas", "so"])
    /// Words that open a clause's subject.
    static let subjectStarts: Set<String> = [
        "i", "we", "you", "he", "she", "it", "they", "this", "that", "these", "those", "there",
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "some", "many", "most",
    ]
    /// Finite verbs that show a stretch of words is a clause of its own.
    static let finiteVerbs: Set<String> = [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
        "might", "must", "should", "did", "does", "do", "says", "said", "say", "claims",
        "claimed", "remains", "remained",
    ]
    /// Fewest words a clause must have to stand alone.
    static let minimumWords = 3

    /// Token ranges of the clauses of `tokens`, in order, trimmed of punctuation at both ends.
    public func clauses(in words: TokenWords, tokens: Range<Int>) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var start = tokens.lowerBound
        var index = tokens.lowerBound
        while index < tokens.upperBound {
            let word = words.words[index]
            if word == ";", wordCount(in: words, start..<index) >= Self.minimumWords,
                wordCount(in: words, (index + 1)..<tokens.upperBound) >= Self.minimumWords
            {
                clauses.append(start..<index)
                start = index + 1
            } else if word == ",", index + 1 < tokens.upperBound,
                Self.conjunctions.contains(index + 1, in: words),
                opensClause(in: words, from: index + 2, limit: tokens.upperBound),
                wordCount(in: words, start..<index) >= Self.minimumWords
            {
                clauses.append(start..<index)
                start = index + 2
                index += 1
            }
            index += 1
        }
        clauses.append(start..<tokens.upperBound)
        return clauses.map { trimmed($0, in: words) }.filter { !$0.isEmpty }
    }

    /// Whether the words from `start` open a clause: a subject word, then a finite verb soon after.
    private func opensClause(in words: TokenWords, from start: Int, limit: Int) -> Bool {
        guard start < limit else { return false }
        let first = words.words[start]
        guard Self.subjectStarts.contains(first) || words.isCapitalised(start) else { return false }
        let window = start..<min(limit, start + 8)
        return wordCount(in: words, start..<limit) >= Self.minimumWords && hasFiniteVerb(in: words, window)
    }

    private func hasFiniteVerb(in words: TokenWords, _ range: Range<Int>) -> Bool {
        range.contains { Self.finiteVerbs.contains(words.words[$0]) || SentenceFeatures.looksPast(words.words[$0]) }
    }

    private func wordCount(in words: TokenWords, _ range: Range<Int>) -> Int {
        range.reduce(0) { $0 + (words.kinds[$1] == .word || words.kinds[$1] == .number ? 1 : 0) }
    }

    /// `range` without punctuation tokens at either end, nor a conjunction at its start.
    func trimmed(_ range: Range<Int>, in words: TokenWords) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper,
            words.kinds[lower] == .punctuation || words.kinds[lower] == .symbol || Self.conjunctions.contains(lower, in: words)
        {
            lower += 1
        }
        while upper > lower, words.kinds[upper - 1] == .punctuation || words.kinds[upper - 1] == .symbol { upper -= 1 }
        return lower..<upper
    }
}
