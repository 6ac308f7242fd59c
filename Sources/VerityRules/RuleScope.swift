/// What one finding of a rule is about, which also fixes how many findings it may give.
///
/// Comparing sources across articles will add a scope here; every switch over it is exhaustive,
/// so the compiler points at each place that must learn about it.
public enum RuleScope: String, Hashable, Sendable, CaseIterable {
    /// Every matched word or phrase is a finding.
    case token
    /// At most one finding per sentence: its first match.
    case sentence
    /// One finding per quote that matches; the range is the quote's words.
    case quote
    /// One finding per claim that matches; the range is the claim's words.
    case claim
    /// One finding per speaker mention that matches.
    case speaker
    /// At most one finding per article: its first match.
    case article
}
