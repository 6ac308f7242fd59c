import Foundation
import Testing

/// `verity audit` and `verity rules` as a user runs them, against the shipped rules.
@Suite struct AuditCommandTests {
    let story = """
        # Port reopens

        The regime reopened the port, and the so-called reform was announced.

        Ships queued outside the harbour for most of the day.

        """

    @Test func findingsBelowTheThresholdExitZeroAndAtItExitOne() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(story, to: "news/port.md")
        let clean = try VerityProcess.run(["audit", "news/port.md"], in: scratch.url)
        #expect(clean.status == 0, "\(clean.error)")
        #expect(clean.output.contains("loaded-label"))
        #expect(clean.output.contains("words-of-doubt"))
        let failing = try VerityProcess.run(["audit", "news/port.md", "--fail-on", "warning"], in: scratch.url)
        #expect(failing.status == 1)
        let never = try VerityProcess.run(["audit", "news/port.md", "--fail-on", "never"], in: scratch.url)
        #expect(never.status == 0)
    }

    @Test func configurationIsFoundFromTheArticleFolderUpwards() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(story, to: "news/2025/port.md")
        try scratch.write("fail_on: warning\ndisable: [language]\nlevels: { relative-time: error }\n", to: ".verity.yml")
        let run = try VerityProcess.run(["audit", "news/2025/port.md", "--format", "json"], in: scratch.url)
        #expect(!run.output.contains("loaded-label"))
        #expect(run.status == 0, "\(run.output)\(run.error)")
    }

    @Test func badConfigurationExitsTwoWithItsLine() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(story, to: "port.md")
        try scratch.write("fail_on: warning\ndisabel: [language]\n", to: "strict.yml")
        let run = try VerityProcess.run(["audit", "port.md", "--config", "strict.yml"], in: scratch.url)
        #expect(run.status == 2)
        #expect(run.error.contains("strict.yml:2:1: error: unknown key 'disabel'"), "\(run.error)")
    }

    @Test func badRuleFileExitsTwoWithItsLine() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(story, to: "port.md")
        try scratch.write("title: T\nseverty: warning\n", to: "MyRules/style/broken.yml")
        let run = try VerityProcess.run(["audit", "port.md", "--rules", "MyRules"], in: scratch.url)
        #expect(run.status == 2)
        #expect(run.error.contains("MyRules/style/broken.yml:2:1: error: unknown key 'severty'"), "\(run.error)")
    }

    @Test func unreadableArticleExitsTwo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let run = try VerityProcess.run(["audit", "missing.md"], in: scratch.url)
        #expect(run.status == 2)
        #expect(run.error.contains("missing.md"))
    }

    @Test func baselineHidesAcceptedFindingsAfterAnEdit() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(story, to: "port.md")
        let write = try VerityProcess.run(["audit", "port.md", "--write-baseline", "baseline.json"], in: scratch.url)
        #expect(write.status == 0, "\(write.error)")
        #expect(try scratch.read("baseline.json").contains("\"rule\" : \"loaded-label\""))
        try scratch.write("# Port reopens\n\nA new opening line.\n\n" + story.replacingOccurrences(of: "# Port reopens\n\n", with: ""), to: "port.md")
        let run = try VerityProcess.run(["audit", "port.md", "--baseline", "baseline.json", "--fail-on", "info"], in: scratch.url)
        #expect(run.status == 0, "\(run.output)")
    }

    @Test func suppressionCommentNeedsAReason() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let suppressed = story.replacingOccurrences(
            of: "The regime", with: "<!-- verity-disable-next loaded-label: the ministry's own wording, agreed with the desk -->\nThe regime")
        try scratch.write(suppressed, to: "ok.md")
        let run = try VerityProcess.run(["audit", "ok.md"], in: scratch.url)
        #expect(!run.output.contains("(loaded-label,"), "\(run.output)")
        #expect(run.output.contains("(words-of-doubt,"), "\(run.output)")
        try scratch.write(story.replacingOccurrences(of: "The regime", with: "<!-- verity-disable-next loaded-label -->\nThe regime"), to: "bad.md")
        let bad = try VerityProcess.run(["audit", "bad.md"], in: scratch.url)
        #expect(bad.output.contains("invalid-suppression"))
        #expect(bad.output.contains("(loaded-label,"))
    }

    @Test func writesTheReportToAFileInEachFormat() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write(story, to: "port.md")
        for format in ["text", "json", "html", "sarif"] {
            let run = try VerityProcess.run(["audit", "port.md", "--format", format, "--output", "report.\(format)"], in: scratch.url)
            #expect(run.status == 0)
            #expect(run.output.isEmpty)
            #expect(try scratch.read("report.\(format)").contains("loaded-label"))
        }
    }

    @Test func rulesCommandsListExplainAndTest() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let list = try VerityProcess.run(["rules", "list"], in: scratch.url)
        #expect(list.status == 0)
        #expect(list.output.contains("anonymous-source"))
        let explain = try VerityProcess.run(["rules", "explain", "loaded-label"], in: scratch.url)
        #expect(explain.output.contains("Zionist enemy"))
        let unknown = try VerityProcess.run(["rules", "explain", "no-such-rule"], in: scratch.url)
        #expect(unknown.status == 2)
        try scratch.write("""
            title: Always wrong
            level: info
            scope: token
            kind: lexicon
            match: [harbour]
            message: "found {match}"
            explain: A rule whose example is wrong on purpose.
            links: [https://example.org]
            examples:
              trigger: ["⟦Ships⟧ queued outside the harbour."]
              silent: ["Nothing here."]
            """, to: "Mine/test/wrong.yml")
        let test = try VerityProcess.run(["rules", "test", "--rules", "Mine"], in: scratch.url)
        #expect(test.status == 1)
        #expect(test.output.contains("FAIL wrong"))
    }
}
