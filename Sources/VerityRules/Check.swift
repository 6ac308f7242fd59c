import VerityCore

/// A built-in way of finding things in an analysed article; a rule file picks one by `kind`
/// and configures it with `match`.
protocol Check: Sendable {
    /// The scopes this kind of check can report at.
    static var scopes: [RuleScope] { get }
    /// Variables (without braces) a message template may use with this check.
    static var variables: [String] { get }
    /// For checks that scan tokens, the tokens their matches can begin at; nil for the others.
    var firstTokens: FirstTokens? { get }
    /// Everything the check finds in `context`, sorted by start; a check that scans tokens tries
    /// only `starts` (sorted, from `firstTokens`), or finds its own when `starts` is nil.
    func matches(in context: RuleContext, starts: [Int]?) -> [CheckMatch]
}

extension Check {
    var firstTokens: FirstTokens? { nil }

    /// Everything the check finds in `context`, sorted by start.
    func matches(in context: RuleContext) -> [CheckMatch] {
        matches(in: context, starts: nil)
    }
}

/// One thing a check found, before `unless` conditions and configuration.
struct CheckMatch: Sendable {
    /// The words found.
    var range: TextRange
    /// The sentence the words start in.
    var sentenceIndex: Int?
    /// The quote concerned, as an index into `DocumentAnalysis.quotes`.
    var quoteIndex: Int?
    /// The claim concerned, as an index into `DocumentAnalysis.claims`.
    var claimIndex: Int?
    /// The speaker concerned, as an index into `DocumentAnalysis.speakers`.
    var speakerIndex: Int?
    /// Values for the message's variables, beyond the common `match` and `sentence`.
    var values: [String: String] = [:]
}
