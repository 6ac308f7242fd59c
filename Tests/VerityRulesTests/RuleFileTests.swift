import Testing
import VerityCore
@testable import VerityRules

@Suite struct RuleFileTests {
    let valid = """
        title: Test
        level: warning
        scope: token
        kind: lexicon
        match: [regime]
        message: "found {match}"
        explain: For tests.
        examples:
          trigger: ["the ⟦regime⟧"]
          silent: ["the government"]
        """

    @Test func validFileLoads() throws {
        let rule = try Rule(yaml: valid, path: "Rules/x/ok.yml", id: "ok", family: "x")
        #expect(rule.info.level == .warning)
        #expect(rule.examples.map(\.expected) == [[TextRange(4, 10)], []])
    }

    @Test func unknownKeyIsReportedAtItsPosition() {
        let yaml = valid.replacingOccurrences(of: "level: warning", with: "severty: warning")
        let error = loadError(yaml)
        #expect(error?.description == "Rules/x/bad.yml:2:1: error: unknown key 'severty' in a rule")
    }

    @Test(arguments: [
        ("level: warning", "level: severe", "2:8: error: 'level' must be one of info | warning | error"),
        ("kind: lexicon", "kind: regex", "'kind' must be one of lexicon | pattern | attribution | claim"),
        ("scope: token", "scope: quote", "a lexicon check reports at scope token, sentence, article, not quote"),
        ("found {match}", "found {speaker}", "unknown variable {speaker} for a lexicon check"),
        ("match: [regime]", "match: []", "a lexicon needs at least one term"),
        ("trigger: [\"the ⟦regime⟧\"]", "trigger: [\"the ⟦regime\"]", "balanced ⟦…⟧"),
        ("silent: [\"the government\"]", "silent: 3", "'silent' must be a list of texts"),
        ("title: Test", "title: [Test", "2:6: error: did not find expected"),
    ])
    func badFilesAreReported(original: String, replacement: String, expected: String) {
        let error = loadError(valid.replacingOccurrences(of: original, with: replacement))
        #expect(error?.description.contains(expected) == true, "\(String(describing: error))")
        #expect(error?.description.hasPrefix("Rules/x/bad.yml:") == true)
    }

    @Test func misspeltKeySuggestsTheRightOne() {
        let error = loadError(valid.replacingOccurrences(of: "explain:", with: "explian:"))
        #expect(error?.message.contains("did you mean 'explain'?") == true)
    }

    @Test func badPatternNamesTheFileAndLine() {
        let yaml = valid.replacingOccurrences(of: "kind: lexicon", with: "kind: pattern")
            .replacingOccurrences(of: "match: [regime]", with: "match: [\"(regime\"]")
        let error = loadError(yaml)
        #expect(error?.description.hasPrefix("Rules/x/bad.yml:5:8: error: bad pattern '(regime'") == true, "\(String(describing: error))")
    }

    @Test func unknownConditionIsReported() {
        let error = loadError(valid + "\nunless: [inside_quotes]")
        #expect(error?.message.contains("unknown condition 'inside_quotes'") == true)
    }
}
