/// What a reporter needs to know about a rule: its identity and the guidance it gives.
public struct RuleInfo: Hashable, Sendable, Codable {
    /// The rule's id: its file stem (`anonymous-source`).
    public var id: String
    /// The family: the folder the rule file lives in (`sourcing`).
    public var family: String
    /// A short title.
    public var title: String
    /// The level findings get unless configuration changes it.
    public var level: Level
    /// Why the rule exists and what to do about a finding, in plain words.
    public var explanation: String
    /// Guidelines the rule applies (URLs).
    public var links: [String]

    public init(
        id: String, family: String, title: String, level: Level, explanation: String,
        links: [String] = []
    ) {
        self.id = id
        self.family = family
        self.title = title
        self.level = level
        self.explanation = explanation
        self.links = links
    }
}
