/// A statement in a sentence that a reader could check: who makes it, how firmly, and how much
/// it matters to check it.
public struct Claim: Hashable, Sendable, Codable {
    /// Who puts the claim forward.
    public enum Source: Hashable, Sendable, Codable {
        /// A quoted or reported speaker: indices into `DocumentAnalysis.quotes` and `.speakers`.
        case speaker(quote: Int, speaker: Int?)
        /// The article's own voice, with no attribution.
        case article
    }

    /// A feature that makes a claim worth checking.
    public struct Signal: Hashable, Sendable, Codable {
        /// What the feature is.
        public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
            case number, quantity, duration, date, causal, comparative, superlative, prediction
        }

        public var kind: Kind
        public var range: TextRange

        public init(kind: Kind, range: TextRange) {
            self.kind = kind
            self.range = range
        }
    }

    /// Why a claim's source has a stake in it.
    public enum Interest: Hashable, Sendable, Codable {
        /// The speaker is the subject or possessor of the claim (`we`, `our strikes`; `its
        /// strikes` in reported speech) and the claim reports an outcome.
        case ownActions
        /// The speaker's own side (`Russia` for a Russian commander, `the country`) is the
        /// claim's subject, possessor or beneficiary; the associated text is the words naming it.
        case ownSideNamed(String)
        /// The article gives the words as the source's own label; the associated text is the
        /// framing (`what they call`).
        case selfDescription(String)
        /// The attribution verb praises (`touted`, `celebrated`); the associated text is the verb.
        case selfPraise(String)
    }

    /// The words of the claim.
    public var range: TextRange
    /// Index of the sentence the claim is in.
    public var sentenceIndex: Int
    /// Who puts it forward.
    public var source: Claim.Source
    /// The kind of that source, nil for the article's own voice.
    public var sourceKind: Speaker.Kind?
    /// Hedging cues in the claim (`appear`, `likely`, `reportedly`, `could`).
    public var hedges: [TextRange]
    /// Check-worthiness signals found in the claim.
    public var signals: [Signal]
    /// Check-worthiness from 0 (nothing to check) to 1 (check first).
    public var checkworthiness: Double
    /// Why the source is the actor the claim is about or benefits, nil when it is not.
    public var interest: Claim.Interest?
    /// Whether the source is the actor the claim is about or benefits.
    public var isInterestedParty: Bool { interest != nil }

    public init(
        range: TextRange, sentenceIndex: Int, source: Claim.Source, sourceKind: Speaker.Kind? = nil,
        hedges: [TextRange] = [], signals: [Signal] = [], checkworthiness: Double = 0,
        interest: Claim.Interest? = nil
    ) {
        self.range = range
        self.sentenceIndex = sentenceIndex
        self.source = source
        self.sourceKind = sourceKind
        self.hedges = hedges
        self.signals = signals
        self.checkworthiness = checkworthiness
        self.interest = interest
    }
}

extension Claim.Signal.Kind {
    /// Position in `allCases`: the order of kinds among signals with the same range, and a small
    /// index for sets of kinds kept as bits.
    public var order: Int {
        switch self {
        case .number: 0
        case .quantity: 1
        case .duration: 2
        case .date: 3
        case .causal: 4
        case .comparative: 5
        case .superlative: 6
        case .prediction: 7
        }
    }
}

extension Claim.Interest {
    /// Why the source has a stake, as a predicate of the source (`names its own side (Russia)`).
    public var explanation: String {
        switch self {
        case .ownActions: "speaks of its own actions"
        case .ownSideNamed(let words): "names its own side (\(words))"
        case .selfDescription(let words): "gives its own label (\(words))"
        case .selfPraise(let verb): "praises itself (\(verb))"
        }
    }
}
