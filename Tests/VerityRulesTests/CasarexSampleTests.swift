import Foundation
import Testing
import VerityCore
import VerityIngest
@testable import VerityRules

/// The shipped rules on the CASAREX sample in `Samples/`: the findings an editor expects, and
/// none of the absurd ones (a loaded label that is only quoted, relative time in a dated article).
@Suite struct CasarexSampleTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples/casarex-2025/casarex-2025.md").path

    func findings() throws -> [(rule: String, words: String)] {
        let document = try ArticleLoader().document(at: Self.sample)
        let result = Auditor(rules: try RuleSet.load(directory: shippedRulesDirectory)).audit(document)
        return result.findings.map { ($0.ruleID, result.document.text(in: $0.range)) }
    }

    @Test(arguments: [
        ("interested-party", "its swift retaliatory strikes hastened"),
        ("interested-party", "that “the main aim is strengthening the defence power of Iran and Russia"),
        ("interested-party", "a battlefield success"),
        ("doubtful-attribution", "claims"),
        ("vague-attribution", "Analysts see"),
        ("anonymous-source", "A Russian fleet commander"),
    ])
    func editorExpectsThisFinding(rule: String, words: String) throws {
        let found = try findings()
        #expect(found.contains { $0.rule == rule && $0.words.hasPrefix(words) }, "\(found)")
    }

    @Test func quotedLabelsAndDatedTimesAreNotFlagged() throws {
        let found = try findings()
        #expect(!found.contains { $0.rule == "loaded-label" })
        #expect(!found.contains { $0.rule == "relative-time" })
        #expect(found.count <= 15, "\(found)")
    }
}
