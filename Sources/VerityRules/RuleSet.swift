import VerityCore

/// The rules loaded for an audit, by id.
public struct RuleSet: Sendable {
    /// Descriptions of the rules, keyed by id.
    public var rules: [String: RuleInfo]

    public init(rules: [String: RuleInfo] = [:]) {
        self.rules = rules
    }
}
