import VerityCore

/// The weights of the features that do not come from single tokens, looked up once per model.
struct ClaimFeatureWeights: Sendable {
    /// The model itself, for the per-token features.
    var model: LinearModel
    var bias: Double
    /// `lex:NAME` and `lex2:NAME` for each of `SentenceFeatures.lexicons`.
    var lexicon: [Double]
    var repeatedLexicon: [Double]
    /// `sig:KIND`, by `Claim.Signal.Kind.order`.
    var signal: [Double]
    /// `len:`, `caps:` and `past:` by bucket.
    var length: [Double]
    var capitals: [Double]
    var pastTense: [Double]

    static let checkworthy = ClaimFeatureWeights(ClassifierModels.checkworthy)

    init(_ model: LinearModel) {
        func weight(_ name: String) -> Double { model.hashedWeights.value(for: TokenWords.hash(name)) ?? 0 }
        func buckets(_ prefix: String, _ edges: [Int]) -> [Double] { (0...edges.count).map { weight(prefix + String($0)) } }
        self.model = model
        bias = model.bias
        lexicon = SentenceFeatures.lexicons.map { weight("lex:" + $0.name) }
        repeatedLexicon = SentenceFeatures.lexicons.map { weight("lex2:" + $0.name) }
        signal = Claim.Signal.Kind.allCases.sorted { $0.order < $1.order }.map { weight("sig:" + $0.rawValue) }
        length = buckets("len:", SentenceFeatures.lengthEdges)
        capitals = buckets("caps:", SentenceFeatures.capitalEdges)
        pastTense = buckets("past:", SentenceFeatures.pastEdges)
    }
}
