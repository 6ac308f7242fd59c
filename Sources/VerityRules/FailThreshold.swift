import VerityCore

/// The level from which findings make `verity audit` exit with status 1.
public enum FailThreshold: Hashable, Sendable {
    /// Fail when a finding reaches this level.
    case level(Level)
    /// Never fail because of findings.
    case never

    /// Reads `info`, `warning`, `error` or `never`.
    public init?(name: String) {
        if name == "never" {
            self = .never
        } else if let level = Level(rawValue: name) {
            self = .level(level)
        } else {
            return nil
        }
    }

    /// Whether a result with these findings fails.
    public func isReached(by findings: [Finding]) -> Bool {
        switch self {
        case .never: false
        case .level(let threshold): findings.contains { $0.level >= threshold }
        }
    }
}
