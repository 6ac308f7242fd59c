import VerityCore

/// A rule named by another rule's `reported_by` condition, with where the rule file names it
/// (for the error when no such rule is loaded).
struct RuleReference: Sendable {
    var id: String
    var location: SourceLocation?
}
