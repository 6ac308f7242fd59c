import VerityCore

/// A problem in a rule file, configuration or baseline, reported in compiler style:
/// `Rules/sourcing/anonymous-source.yml:12:3: error: unknown key 'severty'`.
public struct RuleLoadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file the problem is in, as the user named it.
    public var path: String
    /// Where in the file, when known (1-based line and column in Unicode scalars).
    public var location: SourceLocation?
    /// What is wrong, in plain words.
    public var message: String

    public init(path: String, location: SourceLocation? = nil, message: String) {
        self.path = path
        self.location = location
        self.message = message
    }

    public var description: String {
        guard let location else { return "\(path): error: \(message)" }
        return "\(path):\(location.line):\(location.column): error: \(message)"
    }
}

/// Several load errors at once, so that one run reports every broken rule file.
public struct RuleLoadErrors: Error, Sendable, CustomStringConvertible {
    /// The errors, in file order.
    public var errors: [RuleLoadError]

    public init(_ errors: [RuleLoadError]) {
        self.errors = errors
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
