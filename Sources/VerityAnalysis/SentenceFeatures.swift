import VerityCore

/// Turns a stretch of tokens into the named features the sentence classifiers weigh.
///
/// Features are words (`w:suggest`), adjacent word pairs (`b:it_is`), lexicon hits
/// (`lex:hedge`), check-worthiness signals (`sig:number`) and shape (`len:2`, `caps:1`).
/// Each feature appears at most once, in the order found (deterministic, not sorted).
public struct SentenceFeatures: Sendable {
    public init() {}

    /// The lexicons whose hits become `lex:` features.
    public static let lexicons: [Lexicon] = [
        HedgeLexicon.cues, HedgeLexicon.weak, WeaselLexicon.cues, WeaselLexicon.vague,
        PeacockLexicon.terms, PeacockLexicon.weak, DoubtLexicon.terms, LoadedLexicon.labels,
        LoadedLexicon.words, SaidSynonymLexicon.verbs, PublicRecordLexicon.topics,
        PublicRecordLexicon.record, PublicRecordLexicon.opinion,
    ]

    /// The features of tokens `tokenRange` of `words`.
    public func features(in words: TokenWords, tokens tokenRange: Range<Int>) -> [String] {
        var sink = NamedFeatures()
        generate(in: words, tokens: tokenRange, into: &sink)
        return sink.features
    }

    /// The hashes (`TokenWords.hash` of each feature's name) of the features of `tokenRange`,
    /// without building the names: the fast path for scoring.
    public func hashedFeatures(in words: TokenWords, tokens tokenRange: Range<Int>) -> [UInt64] {
        var sink = HashedFeatures(capacity: 2 * tokenRange.count + 24)
        generate(in: words, tokens: tokenRange, into: &sink)
        return sink.hashes
    }

    /// The feature lexicons followed by the check-worthiness signal lexicons, for one pass that
    /// gives both the `lex:` counts and the signals (here and in `ClaimScorer`).
    static let lexiconSet = LexiconSet(lexicons + CheckworthinessSignals.lexiconSet.lexicons)

    /// Index of `HedgeLexicon.cues` in `lexicons`.
    static let hedgeIndex = lexicons.firstIndex { $0.name == HedgeLexicon.cues.name } ?? 0

    /// Emits every feature once into `sink`, as a prefix and one or two parts (joined by `_`).
    private func generate(in words: TokenWords, tokens tokenRange: Range<Int>, into sink: inout some FeatureSink) {
        var previous = "<s>"
        var capitals = 0
        var wordCount = 0
        var pastTense = 0
        for index in tokenRange {
            let word = Self.featureWord(index, in: words)
            let isWord = words.kinds[index] == .word || words.kinds[index] == .number
            if isWord {
                wordCount += 1
                if index > tokenRange.lowerBound, words.capitals[index], words.kinds[index] == .word, word != "i" {
                    capitals += 1
                }
                if words.kinds[index] == .word, Self.looksPast(word, hash: words.hashes[index]) { pastTense += 1 }
            }
            let isPunctuation = !isWord && Self.isPunctuationFeature(word)
            sink.addToken(word, previous: previous, asWord: isWord, asPunctuation: isPunctuation)
            previous = word
        }
        // One pass over the feature and signal lexicons gives the `lex:` counts and the signals.
        let featureLexicons = Self.lexicons.count
        var hits = [Int](repeating: 0, count: featureLexicons)
        let finder = CheckworthinessSignals()
        var found = finder.numberSignals(in: words, tokens: tokenRange)
        Self.lexiconSet.scan(in: words, tokens: tokenRange) { lexicon, tokens, entry in
            if lexicon < featureLexicons {
                hits[lexicon] += 1
            } else if let signal = finder.signal(
                lexicon: lexicon - featureLexicons, tokens: tokens, entry: entry, in: words, from: tokenRange.lowerBound)
            {
                found.append(signal)
            }
        }
        found = CheckworthinessSignals.sorted(found)
        for (index, lexicon) in Self.lexicons.enumerated() {
            if hits[index] > 0 { sink.add("lex:", lexicon.name) }
            if hits[index] > 1 { sink.add("lex2:", lexicon.name) }
        }
        var kinds: [Claim.Signal.Kind] = []
        for signal in found where !kinds.contains(signal.kind) {
            kinds.append(signal.kind)
            sink.add("sig:", signal.kind.rawValue)
        }
        sink.add("len:", String(Self.bucket(wordCount, edges: Self.lengthEdges)))
        sink.add("caps:", String(Self.bucket(capitals, edges: Self.capitalEdges)))
        sink.add("past:", String(Self.bucket(pastTense, edges: Self.pastEdges)))
    }

    /// Bucket edges of the `len:` (words), `caps:` (capitalised words after the first) and
    /// `past:` (past-tense verbs) features.
    static let lengthEdges = [4, 8, 15, 25, 40]
    static let capitalEdges = [0, 1, 2, 4]
    static let pastEdges = [0, 1, 2]

    /// Whether a non-word token becomes a `p:` feature: marks that tell questions, quotes and figures.
    static func isPunctuationFeature(_ word: String) -> Bool {
        word == "?" || word == "!" || word == "\"" || word == "“" || word == "%" || word == "$"
    }

    /// Irregular past forms common in statements of what happened.
    static let irregularPast: Set<String> = [
        "was", "were", "had", "did", "got", "went", "took", "made", "said", "gave", "came",
        "left", "put", "brought", "sent", "led", "fell", "rose", "grew", "lost", "won", "spent",
    ]

    /// `irregularPast` by `TokenWords.hash`.
    static let irregularPastHashes = WordSet(Array(irregularPast))

    /// Whether a word looks like a past-tense verb (`voted`, `took`).
    static func looksPast(_ word: String) -> Bool {
        looksPast(word, hash: TokenWords.hash(word))
    }

    /// `looksPast` for a word whose `TokenWords.hash` is known: byte checks, no string hashing.
    static func looksPast(_ word: String, hash: UInt64) -> Bool {
        // One forward pass keeps the last three bytes (cheaper than walking a UTF-8 view backwards).
        var count = 0
        var last: UInt8 = 0, second: UInt8 = 0, third: UInt8 = 0
        for byte in word.utf8 {
            (third, second, last) = (second, last, byte)
            count += 1
        }
        if count > 4, last == UInt8(ascii: "d"), second == UInt8(ascii: "e"), third != UInt8(ascii: "e") { return true }
        return irregularPastHashes.contains(hash: hash)
    }

    /// A token's word for features: numbers become `<num>` or `<year>`.
    static func featureWord(_ index: Int, in words: TokenWords) -> String {
        guard words.kinds[index] == .number else { return words.words[index] }
        return CheckworthinessSignals.isYear(words.words[index]) ? "<year>" : "<num>"
    }

    /// Index of the first edge that `value` does not exceed, or the number of edges.
    static func bucket(_ value: Int, edges: [Int]) -> Int {
        edges.firstIndex { value <= $0 } ?? edges.count
    }
}
