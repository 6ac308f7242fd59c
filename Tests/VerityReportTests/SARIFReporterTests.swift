import Foundation
import Testing
import VerityCore
@testable import VerityReport

@Suite struct SARIFReporterTests {
    static func run(_ results: [AuditResult]) throws -> [String: Any] {
        let output = SARIFReporter().render(results, context: SampleAudit.context)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        return try #require((log["runs"] as? [[String: Any]])?.first)
    }

    static func results(_ run: [String: Any]) -> [[String: Any]] { run["results"] as? [[String: Any]] ?? [] }

    @Test(.enabled(if: SchemaValidator.canValidateSARIF, "python3 jsonschema or ../shared/schemas/sarif-schema-2.1.0.json is missing"))
    func validatesAgainstTheOfficialSchema() throws {
        for results in [[SampleAudit.result], [SampleAudit.result, HostileAudit.result], []] {
            let output = SARIFReporter().render(results, context: SampleAudit.context)
            let problems = try SchemaValidator.problems(in: output, schema: SchemaValidator.sarifSchema)
            #expect(problems == nil, "\(problems ?? "")")
        }
    }

    @Test func resultsPointAtTheirRulesWithMappedLevels() throws {
        let run = try Self.run([SampleAudit.result])
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == rules.map { $0["id"] as? String }.sorted { ($0 ?? "") < ($1 ?? "") })
        for result in Self.results(run) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        #expect(Self.results(run).map { $0["level"] as? String } == ["error", "note", "note", "warning", "warning"])
        let hedged = try #require(rules.first { $0["id"] as? String == "hedged-claim" })
        #expect((hedged["defaultConfiguration"] as? [String: Any])?["level"] as? String == "note")
        #expect(hedged["helpUri"] == nil)
        #expect(rules.first?["helpUri"] as? String == "https://guidelines.example/sourcing#anonymous")
    }

    @Test func regionsUseTheSourceMapAndKeepBodyOffsets() throws {
        let result = try #require(Self.results(try Self.run([SampleAudit.result])).first { $0["ruleId"] as? String == "hedged-claim" })
        let primary = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let region = try #require(primary["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 18)
        #expect(region["endColumn"] as? Int == (region["startColumn"] as? Int ?? 0) + 6)
        #expect((primary["artifactLocation"] as? [String: Any])?["uri"] as? String == "Samples/bridge-repairs.html")
        let related = try #require((result["relatedLocations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let body = try #require(related["region"] as? [String: Any])
        let likely = SampleAudit.fixture.range(of: "likely")
        #expect(body["charOffset"] as? Int == likely.start)
        #expect(body["charLength"] as? Int == 6)
        #expect(body["startLine"] as? Int == 5)
    }

    @Test func documentWithoutSourceMapIsItsOwnText() throws {
        let result = try #require(Self.results(try Self.run([HostileAudit.result])).first)
        let region = try #require(((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region["charOffset"] as? Int == 0)
        #expect(result["relatedLocations"] == nil)
    }

    @Test func fingerprintsSurviveEditsElsewhereButNotToTheWords() throws {
        func fingerprints(_ blocks: [(Block.Kind, String)], needle: String) -> String {
            let fixture = ArticleFixture(metadata: .init(), blocks: blocks)
            let range = fixture.range(of: needle)
            let analysis = DocumentAnalysis(
                document: fixture.document,
                sentences: [Sentence(range: fixture.document.blocks.last?.range ?? range, blockIndex: blocks.count - 1, tokens: 0..<0)])
            let audit = AuditResult(
                analysis: analysis, findings: [Finding(ruleID: "hedged-claim", level: .info, message: "m", range: range)],
                rules: [:])
            let run = try? Self.run([audit])
            let result = run.map(Self.results)?.first
            return (result?["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey] ?? ""
        }
        let original = fingerprints([(.paragraph, "It will likely rain.")], needle: "likely")
        let edited = fingerprints([(.heading, "A new heading"), (.paragraph, "It  will likely rain.")], needle: "likely")
        let retyped = fingerprints([(.paragraph, "It will probably rain.")], needle: "probably")
        #expect(!original.isEmpty)
        #expect(original == edited)
        #expect(original != retyped)
    }

    @Test(arguments: [
        ("Samples/bridge.html", "Samples/bridge.html", "SRCROOT"),
        ("./Samples/a b#1.html", "Samples/a%20b%231.html", "SRCROOT"),
        ("/srv/news/é.html", "file:///srv/news/%C3%A9.html", nil),
        ("https://news.example/a?b=1", "https://news.example/a?b=1", nil),
    ] as [(String, String, String?)])
    func artifactURIs(_ source: String, _ uri: String, _ base: String?) {
        let artifact = ArtifactURI(source: source)
        #expect(artifact.uri == uri)
        #expect(artifact.baseID == base)
    }

    @Test func normalisationFoldsTypographyAndSpace() {
        #expect(FingerprintCounter.normalised("  The  Council’s “Plan” —\nnow ") == "the council's \"plan\" - now")
    }
}
