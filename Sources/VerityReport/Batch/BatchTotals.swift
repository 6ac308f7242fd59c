import VerityCore

/// Counts over every article of a batch: by level, rule, outlet and speaker.
public struct BatchTotals: Hashable, Sendable, Codable {
    /// Articles and findings of one outlet, or of one speaker across articles.
    public struct Tally: Hashable, Sendable, Codable {
        /// Articles in which the outlet or speaker appears.
        public var articles: Int
        /// Quotes attributed to the speaker (0 for outlets).
        public var quotes: Int
        /// Findings in those articles (outlet) or about that speaker (speaker).
        public var findings: Int
    }

    /// Articles in the batch.
    public var articles: Int
    /// Articles audited.
    public var audited: Int
    /// Articles that could not be read.
    public var failed: Int
    /// All findings.
    public var findings: Int
    /// Findings by level name; every level is present.
    public var levels: [String: Int]
    /// Findings by rule id.
    public var rules: [String: Int]
    /// Articles and findings by outlet name (`unknown` when the article names none).
    public var outlets: [String: Tally]
    /// Articles, quotes and findings by speaker name.
    public var speakers: [String: Tally]

    /// The outlet name used for articles that give none.
    public static let unknownOutlet = "unknown"

    /// Totals over `entries`; failed articles count only in `articles` and `failed`.
    public init(entries: [BatchEntry]) {
        articles = entries.count
        audited = entries.filter { $0.status == .audited }.count
        failed = articles - audited
        levels = Dictionary(uniqueKeysWithValues: Level.allCases.map { ($0.rawValue, 0) })
        rules = [:]
        outlets = [:]
        speakers = [:]
        findings = 0
        for entry in entries where entry.status == .audited {
            findings += entry.findings
            levels.merge(entry.levels, uniquingKeysWith: +)
            rules.merge(entry.rules, uniquingKeysWith: +)
            let outlet = entry.outlet ?? Self.unknownOutlet
            outlets[outlet, default: Tally(articles: 0, quotes: 0, findings: 0)].add(1, 0, entry.findings)
            var seen: Set<String> = []
            for speaker in entry.speakers {
                let first = seen.insert(speaker.name).inserted
                speakers[speaker.name, default: Tally(articles: 0, quotes: 0, findings: 0)]
                    .add(first ? 1 : 0, speaker.quotes, speaker.findings)
            }
        }
    }
}

extension BatchTotals.Tally {
    fileprivate mutating func add(_ articles: Int, _ quotes: Int, _ findings: Int) {
        self.articles += articles
        self.quotes += quotes
        self.findings += findings
    }
}
