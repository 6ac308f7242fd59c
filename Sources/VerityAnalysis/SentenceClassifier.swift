import VerityCore

/// Classifies sentences for one task with its lexicons and its trained linear model.
///
/// Tasks: check-worthiness (worth fact-checking), hedge (uncertain), weasel (vague attribution,
/// hedging or peacock praise) and loaded (biased wording, with the loaded words).
public struct SentenceClassifier: Sendable {
    /// What the classifier decides about a sentence.
    public enum Task: String, Sendable, CaseIterable, Codable {
        case checkworthy, hedge, weasel, loaded
    }

    /// The verdict on one sentence.
    public struct Verdict: Sendable, Hashable {
        /// Whether the sentence is positive for the task.
        public var label: Bool
        /// Probability that it is positive, 0–1.
        public var score: Double
        /// The words that carry the verdict (cues, loaded words), Unicode-scalar ranges, sorted.
        public var cues: [TextRange]
    }

    /// The task decided.
    public let task: Task
    /// The trained weights.
    public let model: LinearModel

    /// The shipped classifier for `task`.
    public init(task: Task) {
        self.init(task: task, model: ClassifierModels.model(for: task))
    }

    /// A classifier for `task` with another model (for experiments and tests).
    public init(task: Task, model: LinearModel) {
        self.task = task
        self.model = model
    }

    /// The lexicons whose matches are reported as cues for this task.
    public var cueLexicons: [Lexicon] {
        switch task {
        case .checkworthy: [CheckworthinessLexicon.causal, CheckworthinessLexicon.comparative,
                            CheckworthinessLexicon.superlative, CheckworthinessLexicon.prediction,
                            CheckworthinessLexicon.quantity]
        case .hedge: [HedgeLexicon.cues, HedgeLexicon.weak]
        case .weasel: [WeaselLexicon.cues, PeacockLexicon.terms, HedgeLexicon.cues]
        case .loaded: [LoadedLexicon.labels, LoadedLexicon.words, DoubtLexicon.terms, SaidSynonymLexicon.verbs]
        }
    }

    /// Classifies tokens `tokenRange` of `words`.
    public func classify(_ words: TokenWords, tokens tokenRange: Range<Int>) -> Verdict {
        let score = model.probability(ofHashed: SentenceFeatures().hashedFeatures(in: words, tokens: tokenRange))
        let label = score >= model.threshold
        return Verdict(label: label, score: score, cues: cues(in: words, tokens: tokenRange, label: label))
    }

    /// The probability (0–1) that tokens `tokenRange` of `words` are positive, without cues.
    public func probability(_ words: TokenWords, tokens tokenRange: Range<Int>) -> Double {
        model.probability(ofHashed: SentenceFeatures().hashedFeatures(in: words, tokens: tokenRange))
    }

    /// Classifies a sentence given as text; ranges in the verdict index `text`'s scalars.
    public func classify(text: String) -> Verdict {
        let document = Document(id: "-", source: "-", format: .text, blockTexts: [(.paragraph, text)])
        let tokens = Tokenizer().tokens(in: document)
        return classify(TokenWords(tokens: tokens, scalars: document.scalars), tokens: 0..<tokens.count)
    }

    /// Cue words: lexicon matches in the sentence whose words the model weighs at or above its
    /// word threshold, or every lexicon match when the model sets no word threshold.
    private func cues(in words: TokenWords, tokens tokenRange: Range<Int>, label: Bool) -> [TextRange] {
        var ranges: [TextRange] = []
        for lexicon in cueLexicons {
            ranges += lexicon.matches(in: words, tokens: tokenRange).map(\.range)
        }
        if model.wordThreshold.isFinite {
            let learned = tokenRange.filter { index in
                words.kinds[index] == .word && model.weight(of: "w:" + words.words[index]) >= model.wordThreshold
            }
            ranges += learned.map { words.ranges[$0] }
        }
        return Array(Set(ranges)).sorted()
    }
}
