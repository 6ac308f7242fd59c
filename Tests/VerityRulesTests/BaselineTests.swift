import Foundation
import Testing
import VerityCore
@testable import VerityRules

@Suite struct BaselineTests {
    func auditor(baseline: Baseline? = nil) throws -> Auditor {
        Auditor(rules: RuleSet(rules: [try lexiconRule(id: "loaded", family: "language")]), baseline: baseline)
    }

    @Test func baselineSurvivesEditsElsewhereAndReportsOnlyNewFindings() throws {
        let before = try auditor().audit(article(["The regime closed the airport.", "Flights resumed."]))
        let baseline = Baseline(results: [before])
        // Encode and decode, as `--write-baseline` then `--baseline` would.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("baseline-\(UUID().uuidString).json").path
        try baseline.encoded().write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let loaded = try Baseline.load(path: path)
        #expect(loaded.entries == baseline.entries)

        // A new paragraph before it, different spacing and case: the old finding stays accepted.
        let after = try auditor(baseline: loaded).audit(article([
            "A new first paragraph about the regime.", "The  REGIME closed the airport!", "Flights resumed.",
        ]))
        #expect(after.findings.count == 1)
        #expect(after.findings.first?.range.start == 32)
    }

    @Test func baselineIsByteStable() throws {
        let result = try auditor().audit(article(["The regime closed the airport."]))
        let data = Baseline(results: [result]).encoded()
        #expect(String(decoding: data, as: UTF8.self) == """
            {
              "findings" : [
                {
                  "match" : "regime",
                  "rule" : "loaded",
                  "sentence" : "the regime closed the airport"
                }
              ],
              "version" : 1
            }

            """)
    }

    @Test func aBrokenBaselineIsAnError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("broken-\(UUID().uuidString).json").path
        try Data("{\"version\": 1}".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: RuleLoadError.self) { try Baseline.load(path: path) }
    }
}
