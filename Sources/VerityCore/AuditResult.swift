/// An analysed article with the findings the rules produced: what every reporter renders.
public struct AuditResult: Sendable {
    /// The document and everything analysis added to it.
    public var analysis: DocumentAnalysis
    /// Findings in report order (offset, then rule id).
    public var findings: [Finding]
    /// The rules that ran, by id, for titles, explanations and links.
    public var rules: [String: RuleInfo]

    public init(analysis: DocumentAnalysis, findings: [Finding], rules: [String: RuleInfo]) {
        self.analysis = analysis
        self.findings = findings.sorted(by: Finding.reportOrder)
        self.rules = rules
    }

    /// The document audited.
    public var document: Document { analysis.document }

    /// How many findings there are at each level.
    public var countsByLevel: [Level: Int] {
        findings.reduce(into: [:]) { $0[$1.level, default: 0] += 1 }
    }

    /// The highest level among the findings, nil when there are none.
    public var highestLevel: Level? { findings.map(\.level).max() }
}
