import VerityAnalysis
import VerityCore

/// Runs analysis and every enabled rule over a document, then applies configuration levels,
/// suppression comments and the baseline. Deterministic: the same input gives the same result.
public struct Auditor: Sendable {
    /// The rules available.
    public let rules: RuleSet
    /// Which rules run, at what level.
    public let configuration: Configuration
    /// Findings accepted earlier, not reported again.
    public let baseline: Baseline?

    public init(rules: RuleSet, configuration: Configuration = Configuration(), baseline: Baseline? = nil) {
        self.rules = rules
        self.configuration = configuration
        self.baseline = baseline
    }

    /// Analyses `document` and audits it.
    public func audit(_ document: Document) -> AuditResult {
        audit(Analyzer().analyze(document))
    }

    /// Audits an analysis already made.
    public func audit(_ analysis: DocumentAnalysis) -> AuditResult {
        let document = analysis.document
        var context = RuleContext(analysis: analysis)
        let settings = configuration.settings(for: document.source)
        // Rules are used in place (`all[position]`): a copy of each would cost a dozen retains.
        let all = rules.rules
        // Positions in `rules.rules`, by which `starts` lists each rule's candidate tokens.
        let enabled = all.indices.filter { settings.isEnabled(id: all[$0].id, family: all[$0].info.family, optIn: all[$0].isOptIn) }
        let starts = rules.starts.candidates(in: context)
        // Rules run in dependency order (`reported_by`); findings are listed in id order.
        var found = [[Finding]](repeating: [], count: all.count)
        var isEnabled = [Bool](repeating: false, count: all.count)
        for position in enabled { isEnabled[position] = true }
        for position in rules.order where isEnabled[position] {
            let level = settings.level(id: all[position].id, family: all[position].info.family, default: all[position].info.level)
            found[position] = all[position].findings(in: context, starts: starts[position])
            for index in found[position].indices { found[position][index].level = level }
            if rules.referenced.contains(all[position].id) { context.record(found[position], of: all[position].id) }
        }
        var findings = enabled.flatMap { found[$0] }
        var infos = Dictionary(uniqueKeysWithValues: enabled.map { (all[$0].id, all[$0].info) })
        if !document.comments.isEmpty {
            let families = infos.mapValues(\.family)
            let known = Set(rules.infos.keys).union(rules.families)
            let filter = SuppressionFilter(document: document, knownNames: known, analysis: analysis)
            findings = filter.apply(to: findings, families: families, analysis: analysis).compactMap { finding in
                guard let builtin = BuiltinRule(rawValue: finding.ruleID) else { return finding }
                return configured(finding, builtin: builtin, settings: settings)
            }
        }
        for builtin in BuiltinRule.allCases where findings.contains(where: { $0.ruleID == builtin.rawValue }) {
            infos[builtin.rawValue] = builtin.info
        }
        if let baseline { findings = baseline.filter(findings, in: analysis) }
        return AuditResult(analysis: analysis, findings: findings, rules: infos)
    }

    /// A built-in finding at its configured level, or nil when configuration turns it off.
    private func configured(_ finding: Finding, builtin: BuiltinRule, settings: ArticleSettings) -> Finding? {
        let family = BuiltinRule.family
        var finding = finding
        finding.level = settings.level(id: builtin.rawValue, family: family, default: builtin.level)
        return settings.isEnabled(id: builtin.rawValue, family: family, optIn: false) ? finding : nil
    }
}
