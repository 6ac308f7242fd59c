import Testing
import Verity

/// The README's "Using Verity from Swift" example, kept compiling and working.
@Suite struct LibraryUsageTests {
    @Test func auditsADocumentWithTheBundledRulesAndRendersText() throws {
        let rules = try RuleSet.load(directory: RuleLocator.bundledDirectory() ?? "Rules")
        let auditor = Auditor(rules: rules, configuration: Configuration())
        let document = Document(
            id: "note", source: "note.txt", format: .text,
            blockTexts: [(.paragraph, "Critics say the so-called reform was rammed through, officials said.")])
        let result = auditor.audit(document)
        let text = ReportFormat.text.reporter.render(
            [result], context: ReportContext(toolVersion: "0.1.0", generatedAt: "2026-01-01T00:00:00Z"))
        #expect(!result.findings.isEmpty)
        #expect(text.contains("so-called"))
    }
}
