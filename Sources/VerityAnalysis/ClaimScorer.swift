import Foundation
import VerityCore

/// Scores the claims of one document without building a feature list per claim.
///
/// `SentenceFeatures` names every feature of a stretch of tokens and the model looks each name
/// up; for thousands of claims that is most of the claim step. Here each token's word and
/// word-pair features are hashed and weighed once for the whole document, each sentence's lexicon
/// matches are found once, and a claim's probability is one walk over its tokens adding weights.
/// On a claim that is its whole sentence the probability equals the check-worthiness
/// classifier's; a shorter claim counts the sentence's matches that lie wholly inside it.
struct ClaimScorer {
    /// A lexicon match in the current sentence; `lexicon` indexes `SentenceFeatures.lexiconSet`.
    struct Match {
        var lexicon: Int
        var tokens: Range<Int>
        var entry: String
    }

    /// What the claim step keeps of a claim's scoring.
    struct Scored {
        /// The check-worthiness classifier's probability, 0–1.
        var probability: Double
        /// Hedging cues (`HedgeLexicon.cues` matches).
        var hedges: [TextRange]
        /// Check-worthiness signals, sorted.
        var signals: [Claim.Signal]
    }

    /// The normalised tokens of the document.
    let words: TokenWords
    private let weights: ClaimFeatureWeights
    /// Each token's `w:` or `p:` feature, with the model's weight.
    private let unigrams: [WeightedFeature]
    /// Each token's `b:previous_word` feature (the previous token of the document).
    private let pairs: [WeightedFeature]
    private let flags: [TokenFlags]
    private var seen = FeatureStamps()
    /// The sentence `matches` belong to.
    private var sentence: Range<Int>?
    private var matches: [Match] = []
    private var hits: [Int]

    /// Hashes and weighs every token of `words` once for the model behind `weights`.
    init(words: TokenWords, weights: ClaimFeatureWeights = .checkworthy) {
        self.words = words
        self.weights = weights
        let count = words.words.count
        var unigrams: [WeightedFeature] = []
        var pairs: [WeightedFeature] = []
        var flags: [TokenFlags] = []
        unigrams.reserveCapacity(count)
        pairs.reserveCapacity(count)
        flags.reserveCapacity(count)
        let table = weights.model.hashedWeights
        func weighed(_ hash: UInt64) -> WeightedFeature {
            let weight = table.value(for: hash) ?? 0
            return WeightedFeature(hash: weight == 0 ? 0 : hash, weight: weight)
        }
        var left = HashedFeatures.openingLeft
        for index in 0..<count {
            let word = SentenceFeatures.featureWord(index, in: words)
            let kind = words.kinds[index]
            let isWord = kind == .word || kind == .number
            let hashes = HashedFeatures.tokenHashes(word, left: left, asWord: isWord)
            left = hashes.nextLeft
            let hasSingle = isWord || SentenceFeatures.isPunctuationFeature(word)
            unigrams.append(hasSingle ? weighed(hashes.single) : WeightedFeature(hash: 0, weight: 0))
            pairs.append(weighed(hashes.pair))
            flags.append(TokenFlags(
                isWord: isWord,
                countsAsCapital: kind == .word && words.capitals[index] && word != "i",
                looksPast: kind == .word && SentenceFeatures.looksPast(word, hash: words.hashes[index])))
        }
        self.unigrams = unigrams
        self.pairs = pairs
        self.flags = flags
        hits = Array(repeating: 0, count: SentenceFeatures.lexicons.count)
    }

    /// Scores the claim over tokens `claim` of the sentence over tokens `sentence`.
    mutating func score(_ claim: Range<Int>, inSentence sentence: Range<Int>) -> Scored {
        if self.sentence != sentence { scan(sentence) }
        seen.reset(expecting: 2 * claim.count)
        var score = weights.bias
        var wordCount = 0
        var capitals = 0
        var pastTense = 0
        for index in claim {
            let flag = flags[index]
            if flag.isWord {
                wordCount += 1
                if index > claim.lowerBound, flag.countsAsCapital { capitals += 1 }
                if flag.looksPast { pastTense += 1 }
            }
            score += seen.weightIfNew(unigrams[index])
            score += seen.weightIfNew(index == claim.lowerBound ? opening(at: index) : pairs[index])
        }
        for index in hits.indices { hits[index] = 0 }
        var hedges: [TextRange] = []
        let finder = CheckworthinessSignals()
        var signals = finder.numberSignals(in: words, tokens: claim)
        let featureLexicons = hits.count
        let hedgeIndex = SentenceFeatures.hedgeIndex
        for match in matches where match.tokens.lowerBound >= claim.lowerBound && match.tokens.upperBound <= claim.upperBound {
            if match.lexicon < featureLexicons {
                hits[match.lexicon] += 1
                if match.lexicon == hedgeIndex { hedges.append(range(of: match.tokens)) }
            } else if let signal = finder.signal(
                lexicon: match.lexicon - featureLexicons, tokens: match.tokens, entry: match.entry, in: words,
                from: claim.lowerBound)
            {
                signals.append(signal)
            }
        }
        if signals.count > 1 { signals = CheckworthinessSignals.sorted(signals) }
        for (index, count) in hits.enumerated() where count > 0 {
            score += weights.lexicon[index]
            if count > 1 { score += weights.repeatedLexicon[index] }
        }
        var kinds: UInt16 = 0
        for signal in signals where kinds & signal.kind.mask == 0 {
            kinds |= signal.kind.mask
            score += weights.signal[signal.kind.order]
        }
        score += weights.length[SentenceFeatures.bucket(wordCount, edges: SentenceFeatures.lengthEdges)]
        score += weights.capitals[SentenceFeatures.bucket(capitals, edges: SentenceFeatures.capitalEdges)]
        score += weights.pastTense[SentenceFeatures.bucket(pastTense, edges: SentenceFeatures.pastEdges)]
        return Scored(probability: 1 / (1 + exp(-score)), hedges: hedges, signals: signals)
    }

    /// The weighed `b:<s>_word` feature of a claim starting at token `index` (only claims'
    /// first tokens need it, so it is not kept for every token).
    private func opening(at index: Int) -> WeightedFeature {
        let word = SentenceFeatures.featureWord(index, in: words)
        let hash = HashedFeatures.tokenHashes(word, left: HashedFeatures.openingLeft, asWord: true).pair
        let weight = weights.model.hashedWeights.value(for: hash) ?? 0
        return WeightedFeature(hash: weight == 0 ? 0 : hash, weight: weight)
    }

    /// Finds the lexicon matches of `sentence` once for all its claims.
    private mutating func scan(_ sentence: Range<Int>) {
        self.sentence = sentence
        matches.removeAll(keepingCapacity: true)
        SentenceFeatures.lexiconSet.scan(in: words, tokens: sentence) { lexicon, tokens, entry in
            matches.append(Match(lexicon: lexicon, tokens: tokens, entry: entry))
        }
    }

    private func range(of tokens: Range<Int>) -> TextRange {
        TextRange(words.ranges[tokens.lowerBound].start, words.ranges[tokens.upperBound - 1].end)
    }
}

/// What the shape features need to know of a token.
struct TokenFlags {
    /// A word or number: counted for `len:`.
    var isWord: Bool
    /// A capitalised word other than `I`: counted for `caps:` unless it opens the stretch.
    var countsAsCapital: Bool
    /// Looks like a past-tense verb: counted for `past:`.
    var looksPast: Bool
}
