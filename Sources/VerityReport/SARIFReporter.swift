import VerityCore

/// A SARIF 2.1.0 log for code-scanning tools: one run, the rules in `tool.driver.rules`, one
/// result per finding (levels mapped, info → note) with stable `partialFingerprints`.
///
/// Locations: each document contributes two artifacts, its source file (a relative URI against
/// `SRCROOT`) and, nested in it, the extracted article body. A result's primary location is in
/// the source file, with lines and columns from `Document.sourceMap`; its related location gives
/// the body position with `charOffset`/`charLength`. A document without a source map is taken to
/// be its own text: the primary region is then the body region, offsets included. Columns count
/// Unicode code points (`columnKind: unicodeCodePoints`).
public struct SARIFReporter: Reporter {
    /// The key of Verity's fingerprint in `partialFingerprints`.
    static let fingerprintKey = "verityFinding/v1"

    /// Creates the reporter; it holds no state.
    public init() {}

    public func render(_ results: [AuditResult], context: ReportContext) -> String {
        let rules = Self.rules(of: results)
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var artifacts: [SARIFLog.Artifact] = []
        var sarifResults: [SARIFLog.Result] = []
        for result in results {
            let sourceIndex = artifacts.count
            artifacts += Self.artifacts(for: result.document, sourceIndex: sourceIndex)
            var fingerprints = FingerprintCounter()
            let locator = SARIFLocator(result: result, sourceIndex: sourceIndex, bodyIndex: sourceIndex + 1)
            for finding in result.orderedFindings {
                sarifResults.append(
                    SARIFLog.Result(
                        ruleId: finding.ruleID, ruleIndex: ruleIndex[finding.ruleID] ?? 0,
                        level: Self.level(finding.level), message: .init(text: finding.message),
                        locations: [locator.primaryLocation(of: finding.range)],
                        relatedLocations: locator.bodyLocation(of: finding.range).map { [$0] },
                        partialFingerprints: [Self.fingerprintKey: fingerprints.next(for: finding, in: result)]))
            }
        }
        let run = SARIFLog.Run(
            tool: .init(driver: .init(name: "Verity", version: context.toolVersion, rules: rules.map(Self.rule))),
            invocations: [.init(executionSuccessful: true, endTimeUtc: context.generatedAt)],
            originalUriBaseIds: artifacts.contains { $0.location?.uriBaseId != nil }
                ? [ArtifactURI.sourceRoot: .init(description: .init(text: "The directory verity was run from."))] : nil,
            artifacts: artifacts, results: sarifResults)
        return JSONReporter.encode(SARIFLog(runs: [run]))
    }

    /// SARIF's name for a level.
    static func level(_ level: Level) -> String {
        switch level {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// Every rule of every result, first description of an id winning, sorted by id.
    static func rules(of results: [AuditResult]) -> [RuleInfo] {
        var byID: [String: RuleInfo] = [:]
        for result in results {
            for rule in result.referencedRules where byID[rule.id] == nil { byID[rule.id] = rule }
        }
        return byID.values.sorted { $0.id < $1.id }
    }

    private static func rule(_ rule: RuleInfo) -> SARIFLog.Rule {
        let explanation = rule.explanation.isEmpty ? rule.title : rule.explanation
        let links = rule.links.filter(SafeURL.isWebURL)
        let help = links.isEmpty ? explanation : explanation + "\nGuidelines: " + links.joined(separator: " ")
        return SARIFLog.Rule(
            id: rule.id, name: upperCamelCase(rule.id), shortDescription: .init(text: rule.title),
            fullDescription: .init(text: explanation), help: .init(text: help), helpUri: links.first,
            defaultConfiguration: .init(level: level(rule.level)),
            properties: .init(tags: [rule.family], family: rule.family))
    }

    private static func artifacts(for document: Document, sourceIndex: Int) -> [SARIFLog.Artifact] {
        let uri = ArtifactURI(source: document.source)
        let language: String = switch document.format {
        case .html: "html"
        case .markdown: "markdown"
        case .text: "plaintext"
        }
        return [
            SARIFLog.Artifact(
                location: .init(uri: uri.uri, uriBaseId: uri.baseID), sourceLanguage: language),
            SARIFLog.Artifact(
                parentIndex: sourceIndex,
                description: .init(
                    text: "Article body Verity extracted from \(document.source): blocks joined by blank lines.")),
        ]
    }

    /// `anonymous-source` → `AnonymousSource`.
    static func upperCamelCase(_ id: String) -> String {
        id.split { !$0.isLetter && !$0.isNumber }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
