import VerityCore

/// Finds the check-worthiness signals of a stretch of tokens: numbers, quantities, durations,
/// dates, causal verbs, comparatives, superlatives and predictions.
public struct CheckworthinessSignals: Sendable {
    public init() {}

    /// Words that count a duration when they stand before a unit (`several weeks`).
    static let counters: Set<String> = [
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "several", "few", "many", "some", "past", "last", "next", "coming", "recent", "for",
    ]

    /// The signals within `tokenRange`, sorted by start.
    public func signals(in words: TokenWords, tokens tokenRange: Range<Int>) -> [Claim.Signal] {
        var signals: [Claim.Signal] = []
        for index in tokenRange where words.kinds[index] == .number {
            let kind: Claim.Signal.Kind = Self.isYear(words.words[index]) ? .date : .number
            signals.append(Claim.Signal(kind: kind, range: words.ranges[index]))
        }
        let lexicons: [(Lexicon, Claim.Signal.Kind)] = [
            (CheckworthinessLexicon.causal, .causal),
            (CheckworthinessLexicon.prediction, .prediction),
            (CheckworthinessLexicon.comparative, .comparative),
            (CheckworthinessLexicon.superlative, .superlative),
            (CheckworthinessLexicon.quantity, .quantity),
            (CheckworthinessLexicon.date, .date),
        ]
        for (lexicon, kind) in lexicons {
            for match in lexicon.matches(in: words, tokens: tokenRange) {
                signals.append(Claim.Signal(kind: kind, range: match.range))
            }
        }
        for match in CheckworthinessLexicon.duration.matches(in: words, tokens: tokenRange)
        where isCounted(match, in: words, from: tokenRange.lowerBound) {
            signals.append(Claim.Signal(kind: .duration, range: match.range))
        }
        return signals.sorted { ($0.range, $0.kind.rawValue) < ($1.range, $1.kind.rawValue) }
    }

    /// A unit is a duration when a number or a counting word stands just before it, or it is a
    /// phrase that is a duration by itself (`since`, `for the past`).
    private func isCounted(_ match: LexiconMatch, in words: TokenWords, from start: Int) -> Bool {
        if match.entry.contains(" ") || match.entry.contains("-") || match.entry == "since"
            || match.entry == "overnight"
        {
            return true
        }
        let before = match.tokens.lowerBound - 1
        guard before >= start else { return false }
        return words.kinds[before] == .number || Self.counters.contains(words.words[before])
    }

    /// How much each kind of signal alone makes a claim worth checking (0–1).
    static let strength: [Claim.Signal.Kind: Double] = [
        .causal: 0.35, .number: 0.3, .superlative: 0.25, .quantity: 0.2, .comparative: 0.15,
        .prediction: 0.1, .date: 0.1, .duration: 0.1,
    ]

    /// Combines a classifier's probability with the signals found: the chance that any of them
    /// makes the claim worth checking, each counted once ("noisy or"), 0–1.
    public static func score(probability: Double, signals: [Claim.Signal]) -> Double {
        var unchecked = 1 - min(max(probability, 0), 1)
        for kind in Set(signals.map(\.kind)) { unchecked *= 1 - (strength[kind] ?? 0) }
        return 1 - unchecked
    }

    /// Whether a number token reads as a year between 1800 and 2099.
    static func isYear(_ word: String) -> Bool {
        guard word.count == 4, let value = Int(word) else { return false }
        return (1800...2099).contains(value)
    }
}
