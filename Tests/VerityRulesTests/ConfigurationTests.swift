import Foundation
import Testing
import VerityCore
@testable import VerityRules

@Suite struct ConfigurationTests {
    func rules() throws -> RuleSet {
        RuleSet(rules: [
            try lexiconRule(id: "loaded", family: "language"),
            try lexiconRule(id: "puffery", family: "language", terms: ["iconic"], optIn: true),
            try lexiconRule(id: "doubt", family: "doubts", terms: ["so-called"]),
        ])
    }

    func parse(_ yaml: String) throws -> Configuration {
        try Configuration.parse(yaml, path: "/project/.verity.yml", rules: try rules())
    }

    @Test func defaultsRunEveryRuleThatIsNotOptIn() throws {
        let set = try rules()
        let configuration = Configuration()
        #expect(set.rules.filter { configuration.isEnabled($0, documentPath: "a.md") }.map(\.id) == ["doubt", "loaded"])
    }

    @Test func enableDisableAndLevelsByIdAndFamily() throws {
        let set = try rules()
        let configuration = try parse("""
            fail_on: warning
            enable: [puffery]
            disable: [language]
            levels: { language: error, doubt: info }
            """)
        #expect(configuration.failOn == .level(.warning))
        // A rule id outranks its family: puffery is enabled though its family is disabled.
        #expect(set.rules.filter { configuration.isEnabled($0, documentPath: "/project/a.md") }.map(\.id) == ["doubt", "puffery"])
        #expect(configuration.level(id: "puffery", family: "language", default: .info, documentPath: "/project/a.md") == .error)
        #expect(configuration.level(id: "doubt", family: "doubts", default: .warning, documentPath: "/project/a.md") == .info)
    }

    @Test func overridesApplyToMatchingPathsOnly() throws {
        let set = try rules()
        let configuration = try parse("""
            overrides:
              - paths: ["opinion/**"]
                disable: [loaded]
              - paths: ["*.html"]
                levels: { doubt: error }
            """)
        let loaded = try #require(set.rule(id: "loaded"))
        #expect(!configuration.isEnabled(loaded, documentPath: "/project/opinion/2025/column.md"))
        #expect(configuration.isEnabled(loaded, documentPath: "/project/news/story.md"))
        #expect(configuration.level(id: "doubt", family: "doubts", default: .warning, documentPath: "/project/news/a.html") == .error)
        #expect(configuration.level(id: "doubt", family: "doubts", default: .warning, documentPath: "/project/news/a.md") == .warning)
    }

    @Test(arguments: [
        ("fail_on: sometimes", "1:10: error: 'fail_on' must be info, warning, error or never"),
        ("disable: [lodaed]", "'disable' names 'lodaed', which is neither a rule nor a family"),
        ("levels: { loaded: severe }", "level of 'loaded' must be info, warning or error"),
        ("levles: {}", "1:1: error: unknown key 'levles' in the configuration; did you mean 'levels'?"),
        ("overrides: [{ disable: [loaded] }]", "an override needs 'paths'"),
    ])
    func badConfigurationIsReported(yaml: String, expected: String) {
        do {
            _ = try parse(yaml)
            Issue.record("accepted \(yaml)")
        } catch {
            let text = "\(error)"
            #expect(text.hasPrefix("/project/.verity.yml:"))
            #expect(text.contains(expected), "\(text)")
        }
    }

    @Test(arguments: [
        ("opinion/**", "opinion/a/b/c.md", true), ("opinion/**", "news/a.md", false),
        ("*.html", "deep/down/page.html", true), ("news/*.md", "news/a.md", true),
        ("news/*.md", "news/x/a.md", false), ("**/draft-?.md", "a/b/draft-1.md", true),
        ("a*b*c*d", "aXbYcZd", true), ("a*a*a*a*b", String(repeating: "a", count: 200), false),
    ])
    func globs(pattern: String, path: String, matches: Bool) {
        #expect(Glob(pattern).matches(path) == matches)
    }

    @Test func configurationIsFoundUpwards() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verity-config-\(UUID().uuidString)")
        let nested = root.appendingPathComponent("news/2025")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("fail_on: never\n".utf8).write(to: root.appendingPathComponent(".verity.yml"))
        #expect(Configuration.find(from: nested.path) == root.appendingPathComponent(".verity.yml").standardizedFileURL.path)
    }
}
