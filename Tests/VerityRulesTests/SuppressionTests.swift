import Testing
import VerityCore
@testable import VerityRules

@Suite struct SuppressionTests {
    let paragraphs = ["The regime spoke.", "The regime replied.", "The regime waited."]

    /// Findings (rule id and start) of auditing the paragraphs with `comments`.
    func audit(_ comments: [InlineComment]) throws -> [(String, Int)] {
        let auditor = Auditor(rules: RuleSet(rules: [try lexiconRule(id: "loaded", family: "language")]))
        return auditor.audit(article(paragraphs, comments: comments)).findings.map { ($0.ruleID, $0.range.start) }
    }

    /// Body offset where paragraph `index` starts.
    func start(_ index: Int) -> Int {
        paragraphs.prefix(index).reduce(0) { $0 + $1.unicodeScalars.count + 2 }
    }

    @Test func withoutCommentsEveryParagraphIsFlagged() throws {
        #expect(try audit([]).map(\.1) == [4, start(1) + 4, start(2) + 4])
    }

    @Test func disableNextCoversTheFollowingParagraphOnly() throws {
        let found = try audit([InlineComment(text: "verity-disable-next loaded: the state's own name for itself", offset: start(1))])
        #expect(found.map(\.0) == ["loaded", "loaded"])
        #expect(found.map(\.1) == [4, start(2) + 4])
    }

    @Test func disableUntilEnableCoversARegionAndFamiliesCount() throws {
        let found = try audit([
            InlineComment(text: "verity-disable language: quoted material from the decree", offset: 0),
            InlineComment(text: "verity-enable language", offset: start(2)),
        ])
        #expect(found.map(\.1) == [start(2) + 4])
    }

    @Test func aSuppressionWithoutReasonIsNotAppliedAndIsReported() throws {
        let found = try audit([InlineComment(text: "verity-disable-next loaded", offset: start(1))])
        #expect(found.filter { $0.0 == "loaded" }.count == 3)
        #expect(found.contains { $0.0 == "invalid-suppression" && $0.1 == start(1) })
    }

    @Test func unknownRulesAndDirectivesAreReported() throws {
        let found = try audit([
            InlineComment(text: "verity-disable-next lodaed: typo", offset: start(1)),
            InlineComment(text: "verity-silence loaded: wrong word", offset: start(2)),
        ])
        #expect(found.filter { $0.0 == "invalid-suppression" }.count == 2)
        #expect(found.filter { $0.0 == "loaded" }.count == 3)
    }

    @Test func unusedSuppressionIsReported() throws {
        let auditor = Auditor(rules: RuleSet(rules: [try lexiconRule(id: "loaded", family: "language")]))
        let document = article(["Quiet text.", "More quiet text."], comments: [
            InlineComment(text: "verity-disable-next loaded: left over", offset: 13, location: SourceLocation(line: 3, column: 1)),
        ])
        let result = auditor.audit(document)
        #expect(result.findings.map(\.ruleID) == ["unused-suppression"])
        #expect(result.findings.first?.message.contains("at line 3") == true)
        #expect(result.rules["unused-suppression"] != nil)
    }

    @Test func otherCommentsAreIgnored() throws {
        #expect(try audit([InlineComment(text: "editor: check this paragraph", offset: 0)]).count == 3)
    }
}
