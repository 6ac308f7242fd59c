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
        var signals = numberSignals(in: words, tokens: tokenRange)
        Self.lexiconSet.scan(in: words, tokens: tokenRange) { lexicon, tokens, entry in
            if let signal = signal(lexicon: lexicon, tokens: tokens, entry: entry, in: words, from: tokenRange.lowerBound) {
                signals.append(signal)
            }
        }
        return Self.sorted(signals)
    }

    /// The number and date signals of the number tokens in `tokenRange`, in order.
    func numberSignals(in words: TokenWords, tokens tokenRange: Range<Int>) -> [Claim.Signal] {
        var signals: [Claim.Signal] = []
        for index in tokenRange where words.kinds[index] == .number {
            let kind: Claim.Signal.Kind = Self.isYear(words.words[index]) ? .date : .number
            signals.append(Claim.Signal(kind: kind, range: words.ranges[index]))
        }
        return signals
    }

    /// The signal of a match of lexicon `lexicon` (an index into `lexiconSet`) over `tokens`, or
    /// nil for a duration unit nothing counts; `first` is the first token of the stretch.
    func signal(lexicon: Int, tokens: Range<Int>, entry: String, in words: TokenWords, from first: Int) -> Claim.Signal? {
        let kind = Self.kinds[lexicon]
        guard kind != .duration || isCounted(entry, at: tokens.lowerBound, in: words, from: first) else { return nil }
        guard kind != .causal || tokens.count > 1 || !isNoun(at: tokens.lowerBound, in: words, from: first) else { return nil }
        return Claim.Signal(kind: kind, range: TextRange(words.ranges[tokens.lowerBound].start, words.ranges[tokens.upperBound - 1].end))
    }

    /// Signals sorted by range, then by kind.
    static func sorted(_ signals: [Claim.Signal]) -> [Claim.Signal] {
        signals.sorted { ($0.range, $0.kind.order) < ($1.range, $1.kind.order) }
    }

    /// The signal lexicons, one pass for all, and the kind each one signals.
    static let lexiconSet = LexiconSet([
        CheckworthinessLexicon.causal, CheckworthinessLexicon.prediction, CheckworthinessLexicon.comparative,
        CheckworthinessLexicon.superlative, CheckworthinessLexicon.quantity, CheckworthinessLexicon.date,
        CheckworthinessLexicon.duration,
    ])
    static let kinds: [Claim.Signal.Kind] = [.causal, .prediction, .comparative, .superlative, .quantity, .date, .duration]

    /// A unit is a duration when a number or a counting word stands just before it, or it is a
    /// phrase that is a duration by itself (`since`, `for the past`).
    private func isCounted(_ entry: String, at start: Int, in words: TokenWords, from first: Int) -> Bool {
        if entry.contains(" ") || entry.contains("-") || entry == "since" || entry == "overnight" {
            return true
        }
        let before = start - 1
        guard before >= first else { return false }
        return words.kinds[before] == .number || Self.counters.contains(words.words[before])
    }

    /// Words after which a one-word causal cue is a noun (`the end of`, `a win`, `its gains`).
    static let nounOpeners = WordSet([
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
        "those", "whose", "every", "each", "no", "any", "another",
    ])

    /// Words that end a figure before a noun (`a 10 percent drop`, `a $5 million cut`).
    static let figureUnits = WordSet(["percent", "%", "million", "billion", "trillion", "thousand", "point", "points"])

    /// Whether the one-word cue at `index` is no verb: capitalised inside the stretch (a name or a
    /// title: `Right to Rise USA`), or a noun after a determiner, a possessive (`Trump's win`) or a
    /// figure (`a 10 percent drop`), within the stretch from `first`.
    private func isNoun(at index: Int, in words: TokenWords, from first: Int) -> Bool {
        let before = index - 1
        guard before >= first else { return false }
        if words.capitals[index] || Self.nounOpeners.contains(before, in: words) || words.kinds[before] == .number
            || Self.figureUnits.contains(before, in: words)
        {
            return true
        }
        // A possessive: the normalised word dropped an `'s` or `'` that the token has.
        return words.kinds[before] == .word && words.lower[before].utf8.count > words.words[before].utf8.count
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
        var counted: UInt16 = 0
        for signal in signals where counted & signal.kind.mask == 0 {
            counted |= signal.kind.mask
            unchecked *= 1 - (strength[signal.kind] ?? 0)
        }
        return 1 - unchecked
    }

    /// Whether a number token reads as a year between 1800 and 2099.
    static func isYear(_ word: String) -> Bool {
        guard word.count == 4, let value = Int(word) else { return false }
        return (1800...2099).contains(value)
    }
}

extension Claim.Signal.Kind {
    /// A bit of its own (by `order`), for sets of kinds.
    var mask: UInt16 { 1 << order }
}
