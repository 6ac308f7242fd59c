/// The built-in checks a rule file can name with `kind:`; each case maps to one `Check` type.
public enum CheckKind: String, Hashable, Sendable, CaseIterable {
    /// Words and phrases from a list, optionally with alternatives.
    case lexicon
    /// Token patterns (a bounded regular language over words).
    case pattern
    /// Quotes and reported statements, by how they are sourced.
    case attribution
    /// Claims, by source, check-worthiness and interest.
    case claim

    /// Builds the check a rule configures with `match`, for `scope`.
    func makeCheck(match: YAMLValue, scope: RuleScope, path: String) throws(RuleLoadError) -> any Check {
        switch self {
        case .lexicon: try LexiconCheck(match: match, path: path)
        case .pattern: try PatternCheck(match: match, path: path)
        case .attribution: try AttributionCheck(match: match, scope: scope, path: path)
        case .claim: try ClaimCheck(match: match, path: path)
        }
    }

    /// The scopes this kind can report at.
    var scopes: [RuleScope] {
        switch self {
        case .lexicon: LexiconCheck.scopes
        case .pattern: PatternCheck.scopes
        case .attribution: AttributionCheck.scopes
        case .claim: ClaimCheck.scopes
        }
    }

    /// The variables a message may use with this kind, besides `match`.
    var variables: [String] {
        switch self {
        case .lexicon: LexiconCheck.variables
        case .pattern: PatternCheck.variables
        case .attribution: AttributionCheck.variables
        case .claim: ClaimCheck.variables
        }
    }
}
