import VerityCore

extension BatchEntry {
    /// The entry of an audited article whose reports are at `reports`.
    public init(result: AuditResult, reports: [String: String], fingerprint: String) {
        let document = result.document
        let analysis = result.analysis
        var quotesBySpeaker = [Int](repeating: 0, count: analysis.speakers.count)
        for quote in analysis.quotes {
            if let entity = quote.speaker?.entity, quotesBySpeaker.indices.contains(entity) {
                quotesBySpeaker[entity] += 1
            }
        }
        var findingsBySpeaker = [Int](repeating: 0, count: analysis.speakers.count)
        var levels = Dictionary(uniqueKeysWithValues: Level.allCases.map { ($0.rawValue, 0) })
        var rules: [String: Int] = [:]
        for finding in result.findings {
            levels[finding.level.rawValue, default: 0] += 1
            rules[finding.ruleID, default: 0] += 1
            if let speaker = Self.speaker(of: finding, in: analysis), findingsBySpeaker.indices.contains(speaker) {
                findingsBySpeaker[speaker] += 1
            }
        }
        self.init(
            id: document.id, source: document.source, status: .audited, error: nil,
            title: document.metadata.title, outlet: document.metadata.outlet,
            published: document.metadata.published, url: document.metadata.url,
            reports: reports, fingerprint: fingerprint, characters: document.scalars.count,
            quotes: analysis.quotes.count, claims: analysis.claims.count, levels: levels, rules: rules,
            speakers: analysis.speakers.indices.map {
                SpeakerCount(
                    name: analysis.speakers[$0].name, kind: analysis.speakers[$0].kind.rawValue,
                    quotes: quotesBySpeaker[$0], findings: findingsBySpeaker[$0])
            })
    }

    /// The entry of an article that could not be read.
    public init(failedID id: String, source: String, error: String) {
        self.init(
            id: id, source: source, status: .failed, error: error, title: nil, outlet: nil,
            published: nil, url: nil, reports: [:], fingerprint: nil, characters: 0, quotes: 0,
            claims: 0, levels: Dictionary(uniqueKeysWithValues: Level.allCases.map { ($0.rawValue, 0) }),
            rules: [:], speakers: [])
    }

    /// The speaker a finding concerns: its own, or the speaker of its quote.
    private static func speaker(of finding: Finding, in analysis: DocumentAnalysis) -> Int? {
        if let speaker = finding.speakerIndex { return speaker }
        guard let quote = finding.quoteIndex, analysis.quotes.indices.contains(quote) else { return nil }
        return analysis.quotes[quote].speaker?.entity
    }
}
