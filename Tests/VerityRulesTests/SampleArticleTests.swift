import Foundation
import Testing
import VerityCore
import VerityIngest
@testable import VerityRules

/// The shipped rules on a whole article the project wrote: what an editor would expect to see
/// flagged is flagged, and the well-sourced paragraphs stay clean.
@Suite struct SampleArticleTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/articles/valley-offensive.md").path

    func audit() throws -> AuditResult {
        let document = try ArticleLoader().document(at: Self.fixture)
        return Auditor(rules: try RuleSet.load(directory: shippedRulesDirectory)).audit(document)
    }

    @Test(arguments: [
        ("interested-party", "Our forces destroyed every rebel position"),
        ("one-sided-fact", "The Northern Army's counter-attack forced the rebels to retreat"),
        ("anonymous-source", "A senior army official"),
        ("anonymous-opinion", "the government had been reckless"),
        ("vague-attribution", "Analysts say"),
        ("loaded-label", "terrorists"),
        ("words-of-doubt", "so-called"),
        ("unsourced-figure", "300 patients"),
        ("said-synonym", "boasted"),
    ])
    func editorExpectsThisFinding(rule: String, words: String) throws {
        let result = try audit()
        let found = result.findings.filter { $0.ruleID == rule }.map { result.document.text(in: $0.range) }
        #expect(found.contains { $0.hasPrefix(words) }, "\(rule) found \(found)")
    }

    @Test(arguments: [
        "A Western diplomat, who spoke on condition of anonymity",
        "Aid groups reported that 62 civilians",
        "The rebel Valley Front said",
        "Ferries between the two banks",
    ])
    func wellSourcedParagraphsStayClean(opening: String) throws {
        let result = try audit()
        let document = result.document
        let block = try #require(document.blocks.first { document.text(in: $0.range).hasPrefix(opening) })
        let inside = result.findings.filter { block.range.contains($0.range.start) }
        #expect(inside.isEmpty, "\(inside.map { "\($0.ruleID): \(document.text(in: $0.range))" })")
    }

    @Test func datedArticleHasNoRelativeTimeFindings() throws {
        let result = try audit()
        #expect(result.document.metadata.published != nil)
        #expect(!result.findings.contains { $0.ruleID == "relative-time" })
    }
}
