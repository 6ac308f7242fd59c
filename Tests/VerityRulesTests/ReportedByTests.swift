import Foundation
import Testing
import VerityCore
@testable import VerityRules

/// `unless: reported_by`: a rule steps back from sentences a more specific rule already reported.
@Suite struct ReportedByTests {
    /// Flags the word "regime"; a sentence-scoped rule that flags "war", unless `regime-word`
    /// reported the sentence.
    func rules() throws -> RuleSet {
        let first = try lexiconRule(id: "regime-word", terms: ["regime"])
        let second = try Rule(
            yaml: warSentences(clearedBy: "regime-word"), path: "Rules/testing/war-sentence.yml", id: "war-sentence",
            family: "testing")
        return RuleSet(rules: [second, first])
    }

    /// A sentence-scoped rule flagging "war", cleared by rule `other`'s findings.
    func warSentences(clearedBy other: String) -> String {
        """
        title: War sentences
        level: info
        scope: sentence
        kind: lexicon
        match: [war]
        unless:
          - reported_by: [\(other)]
        message: "war: {match}"
        explain: For tests.
        examples:
          trigger: ["The ⟦war⟧ went on."]
          silent: ["The regime went to war."]
        """
    }

    let text = ["The regime prolonged the war.", "The war ended in spring."]

    @Test func aSentenceTheNamedRuleReportedIsLeftToIt() throws {
        let result = Auditor(rules: try rules()).audit(article(text))
        let war = result.findings.filter { $0.ruleID == "war-sentence" }
        #expect(war.map(\.sentenceIndex) == [1])
        #expect(result.findings.filter { $0.ruleID == "regime-word" }.map(\.sentenceIndex) == [0])
        // Findings stay in rule-id order whatever order the rules ran in.
        #expect(result.findings.map(\.ruleID) == ["regime-word", "war-sentence"])
    }

    @Test func whenTheNamedRuleIsOffTheSentenceIsReportedAgain() throws {
        let set = try rules()
        let configuration = try Configuration.parse("disable: [regime-word]\n", path: ".verity.yml", rules: set)
        let result = Auditor(rules: set, configuration: configuration).audit(article(text))
        #expect(result.findings.map(\.ruleID) == ["war-sentence", "war-sentence"])
    }

    @Test func examplesRunTheNamedRuleFirst() throws {
        let set = try rules()
        let rule = try #require(set.rule(id: "war-sentence"))
        let outcomes = ExampleRunner().run(rule, in: set)
        #expect(outcomes.count == 4)
        #expect(outcomes.allSatisfy { $0.passed }, "\(outcomes.map(\.summary))")
    }

    @Test func anUnknownRuleIsALoadErrorAtItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verity-reported-by-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("testing"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = warSentences(clearedBy: "no-such-rule")
        try yaml.write(to: folder.appendingPathComponent("testing/war.yml"), atomically: true, encoding: .utf8)
        do {
            _ = try RuleSet.load(directory: folder.path)
            Issue.record("a rule naming an unknown rule loaded")
        } catch {
            #expect("\(error)".contains("testing/war.yml:7:5: error: 'reported_by' names 'no-such-rule', which is not a loaded rule"))
        }
    }

    @Test func rulesNamingEachOtherAreACycle() throws {
        let first = try lexiconRule(id: "a-rule", terms: ["regime"], unless: "reported_by: [b-rule]")
        let second = try lexiconRule(id: "b-rule", terms: ["war"], unless: "reported_by: [a-rule]")
        let errors = RuleSet.referenceErrors(in: [first, second])
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.message.contains("form a cycle among a-rule, b-rule") })
    }
}
