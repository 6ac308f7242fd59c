import VerityCore

/// What a batch records about one article: where its reports are and what they found, in counts.
///
/// Small on purpose: the index and `summary.json` are built from entries alone, so a batch never
/// keeps an article's text or analysis once its reports are written.
public struct BatchEntry: Hashable, Sendable, Codable {
    /// Whether the article was audited or could not be read.
    public enum Status: String, Hashable, Sendable, Codable {
        case audited, failed
    }

    /// How often one speaker is quoted in the article and how many findings concern them.
    public struct SpeakerCount: Hashable, Sendable, Codable {
        /// The speaker's fullest name in the article.
        public var name: String
        /// What sort of source the speaker is (`named_person`, `state`…).
        public var kind: String
        /// Quotes attributed to the speaker.
        public var quotes: Int
        /// Findings about the speaker or one of their quotes.
        public var findings: Int
    }

    /// The article's id, as the input gave it.
    public var id: String
    /// Where the article came from.
    public var source: String
    /// Whether its reports were written.
    public var status: Status
    /// The error message when the article could not be read.
    public var error: String?
    /// The article's title, as read.
    public var title: String?
    /// The outlet that published it.
    public var outlet: String?
    /// Its publication date, ISO 8601.
    public var published: String?
    /// Its canonical URL.
    public var url: String?
    /// Report paths relative to the output folder, by format name (`html` → `articles/x.html`).
    public var reports: [String: String]
    /// The digest of the input, tool and rules the reports were made from.
    public var fingerprint: String?
    /// Body length in Unicode scalars.
    public var characters: Int
    /// Quotes found.
    public var quotes: Int
    /// Claims found.
    public var claims: Int
    /// Findings by level name; every level is present.
    public var levels: [String: Int]
    /// Findings by rule id.
    public var rules: [String: Int]
    /// Speakers in order of first mention.
    public var speakers: [SpeakerCount]

    /// How much the article needs checking: findings weighted 5 (error), 2 (warning), 1 (info).
    public var weight: Int {
        Level.allCases.reduce(0) { $0 + Self.weight(of: $1) * (levels[$1.rawValue] ?? 0) }
    }

    /// All findings of the article.
    public var findings: Int { levels.values.reduce(0, +) }

    /// The weight of one finding at `level`.
    public static func weight(of level: Level) -> Int {
        switch level {
        case .info: 1
        case .warning: 2
        case .error: 5
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, source, status, error, title, outlet, published, url, reports, fingerprint
        case characters, quotes, claims, levels, rules, speakers
    }

    /// The derived counts written beside the fields (ignored when decoding).
    private enum DerivedKeys: String, CodingKey {
        case findings, weight
    }

    /// Encodes the fields, plus `findings` and `weight` for readers of `summary.json`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(error, forKey: .error)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(outlet, forKey: .outlet)
        try container.encodeIfPresent(published, forKey: .published)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encode(reports, forKey: .reports)
        try container.encodeIfPresent(fingerprint, forKey: .fingerprint)
        try container.encode(characters, forKey: .characters)
        try container.encode(quotes, forKey: .quotes)
        try container.encode(claims, forKey: .claims)
        try container.encode(levels, forKey: .levels)
        try container.encode(rules, forKey: .rules)
        try container.encode(speakers, forKey: .speakers)
        var derived = encoder.container(keyedBy: DerivedKeys.self)
        try derived.encode(findings, forKey: .findings)
        try derived.encode(weight, forKey: .weight)
    }
}
