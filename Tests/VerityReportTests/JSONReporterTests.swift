import Foundation
import Testing
import VerityCore
@testable import VerityReport

@Suite struct JSONReporterTests {
    static func parse(_ output: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(output.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func reportIsVersionedAndCarriesTheContext() throws {
        let report = try Self.parse(JSONReporter().render([SampleAudit.result], context: SampleAudit.context))
        #expect(report["schema_version"] as? Int == JSONReport.schemaVersion)
        #expect(report["generated_at"] as? String == "2026-01-02T03:04:05Z")
        #expect((report["tool"] as? [String: Any])?["version"] as? String == "0.1.0-test")
    }

    @Test func findingsAreSortedWithLinesAndRuleFamilies() throws {
        let report = try Self.parse(JSONReporter().render([SampleAudit.result], context: SampleAudit.context))
        let document = try #require((report["documents"] as? [[String: Any]])?.first)
        let findings = try #require(document["findings"] as? [[String: Any]])
        let starts = findings.compactMap { ($0["range"] as? [String: Any])?["start"] as? Int }
        #expect(starts == starts.sorted())
        #expect(findings.map { $0["rule"] as? String } == ["unsourced-figure", "comparison-baseline", "hedged-claim", "anonymous-source", "interested-party"])
        let likely = try #require(findings.first { $0["rule"] as? String == "hedged-claim" })
        #expect(likely["text"] as? String == "likely")
        #expect(likely["family"] as? String == "claims")
        let range = try #require(likely["range"] as? [String: Any])
        #expect(range["start_line"] as? Int == 5)
        #expect((likely["source_location"] as? [String: Any])?["line"] as? Int == 18)
    }

    @Test func columnsCountUnicodeScalarsAfterMultiByteText() throws {
        var result = SampleAudit.result
        let prefix = "🇳🇴 Ø "  // two regional indicators, a space, a two-byte letter, a space
        let document = Document(
            id: "prefixed", source: "p.txt", format: .text,
            blockTexts: [(kind: .paragraph, text: prefix + "likely")])
        let start = prefix.unicodeScalars.count
        result = AuditResult(
            analysis: DocumentAnalysis(document: document),
            findings: [Finding(ruleID: "hedged-claim", level: .info, message: "m", range: TextRange(start, start + 6))],
            rules: SampleAudit.rules)
        let report = try Self.parse(JSONReporter().render([result], context: SampleAudit.context))
        let finding = try #require(((report["documents"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])?.first)
        let range = try #require(finding["range"] as? [String: Any])
        #expect(range["start_column"] as? Int == 6)
        #expect(range["end_column"] as? Int == 12)
        #expect(finding["text"] as? String == "likely")
    }

    @Test func keysAreSorted() {
        let output = JSONReporter().render([SampleAudit.result], context: SampleAudit.context)
        let top = ["\"documents\"", "\"generated_at\"", "\"schema_version\"", "\"summary\"", "\"tool\""]
        let positions = top.compactMap { output.range(of: "\n  " + $0)?.lowerBound }
        #expect(positions.count == top.count)
        #expect(positions == positions.sorted())
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "python3 with the jsonschema module is not installed"))
    func reportsValidateAgainstTheDocumentedSchema() throws {
        let schema = SchemaValidator.repositoryRoot.appendingPathComponent("docs/report.schema.json")
        for results in [[SampleAudit.result], [HostileAudit.result, SampleAudit.result], []] {
            let output = JSONReporter().render(results, context: SampleAudit.context)
            let problems = try SchemaValidator.problems(in: output, schema: schema)
            #expect(problems == nil, "\(problems ?? "")")
        }
    }
}
