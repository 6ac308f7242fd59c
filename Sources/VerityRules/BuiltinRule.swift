import VerityCore

/// Rules the engine itself reports, about suppression comments; they have no rule file.
public enum BuiltinRule: String, Hashable, Sendable, CaseIterable {
    /// A suppression comment that cleared no finding.
    case unusedSuppression = "unused-suppression"
    /// A suppression comment that cannot be applied (no reason, unknown rule, bad syntax).
    case invalidSuppression = "invalid-suppression"

    /// The family built-in rules belong to.
    public static let family = "verity"

    /// The level built-in findings get unless configuration changes it.
    public var level: Level { .warning }

    /// What reporters show about the rule.
    public var info: RuleInfo {
        switch self {
        case .unusedSuppression:
            RuleInfo(
                id: rawValue, family: Self.family, title: "Unused suppression", level: level,
                explanation: """
                    A verity-disable comment names a rule that found nothing in the text it covers. \
                    Remove the comment, or fix its rule name, so suppressions stay honest.
                    """)
        case .invalidSuppression:
            RuleInfo(
                id: rawValue, family: Self.family, title: "Invalid suppression", level: level,
                explanation: """
                    A verity comment could not be applied: it lacks a reason after ':', names a rule \
                    that does not exist, or has a directive Verity does not know. Suppressions need \
                    a reason so the next editor knows why a finding was accepted.
                    """)
        }
    }
}
