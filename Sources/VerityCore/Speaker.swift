/// One speaker of an article: every mention that refers to the same person, group or body.
public struct Speaker: Hashable, Sendable, Codable {
    /// What sort of source a speaker is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case namedPerson = "named_person"
        case unnamedIndividual = "unnamed_individual"
        case anonymousGroup = "anonymous_group"
        case organisation
        case state
        case media
    }

    /// The fullest name the article gives ("Brigadier-General Alireza Sabahi Fard").
    public var name: String
    /// What sort of source this is.
    public var kind: Kind
    /// Roles the text states ("head of the Khatam al-Anbiya Air Defence Base").
    public var roles: [String]
    /// Affiliations the text states (countries, organisations, outlets).
    public var affiliations: [String]
    /// Every mention of this speaker, sorted by start.
    public var mentions: [TextRange]

    public init(
        name: String, kind: Kind, roles: [String] = [], affiliations: [String] = [],
        mentions: [TextRange] = []
    ) {
        self.name = name
        self.kind = kind
        self.roles = roles
        self.affiliations = affiliations
        self.mentions = mentions
    }
}
