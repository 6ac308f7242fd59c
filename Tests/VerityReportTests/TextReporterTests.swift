import Testing
import VerityCore
@testable import VerityReport

@Suite struct TextReporterTests {
    @Test func plainOutputHasNoEscapesAndMarksMatchedWords() {
        let output = TextReporter().render([SampleAudit.result], context: SampleAudit.context)
        #expect(!output.contains("\u{1B}"))
        #expect(output.contains("5 findings: 1 error, 2 warnings, 2 info"))
        #expect(output.contains("would [[likely]] run"))
        #expect(output.contains("Paragraph · block 4 · line 21"))
    }

    @Test func colourOutputUsesLevelColours() {
        var context = SampleAudit.context
        context.useColor = true
        let output = TextReporter().render([SampleAudit.result], context: context)
        #expect(output.contains("\u{1B}[1;4;36mlikely\u{1B}[0m"))
        #expect(output.contains("\u{1B}[31merror"))
        #expect(!output.contains("[[likely]]"))
    }

    @Test(arguments: [false, true])
    func articleTextCannotSendTerminalEscapes(_ colour: Bool) {
        let context = ReportContext(toolVersion: "t", generatedAt: "t", useColor: colour)
        let output = TextReporter().render([HostileAudit.result], context: context)
        #expect(!output.contains("\u{1B}[2J"))
        #expect(!output.contains("\u{1B}]0;"))
        #expect(!output.contains("\u{07}"))
        #expect(!output.contains("\u{202E}"))
        #expect(!output.contains("\u{1B}[31m red"))
        let escapes = output.unicodeScalars.filter { $0 == "\u{1B}" }.count
        let ours = output.components(separatedBy: "\u{1B}[").count - 1
        #expect(escapes == ours, "every escape is one of ours")
        if !colour { #expect(escapes == 0) }
    }

    @Test func speakersSectionListsWhatEachSaid() {
        let output = TextReporter().render([SampleAudit.result], context: SampleAudit.context)
        #expect(output.contains("Speakers (4)"))
        #expect(output.contains("  Ingrid Halvorsen — named person; chief engineer; the city\n    direct   “The steel is in worse shape than anyone expected,” (said)\n"))
    }

    @Test func severalArticlesEndWithATotal() {
        let output = TextReporter().render([SampleAudit.result, SampleAudit.result], context: SampleAudit.context)
        #expect(output.hasSuffix("2 articles · 10 findings: 2 errors, 4 warnings, 4 info\n"))
    }

    @Test func findingsOutsideBlocksAndUnknownRulesStillRender() {
        var result = SampleAudit.result
        let gap = result.document.blocks[0].range.end
        result.findings = [
            Finding(ruleID: "not-loaded", level: .warning, message: "Between blocks", range: TextRange(gap, gap + 1)),
            Finding(ruleID: "beyond", level: .info, message: "Past the end", range: TextRange(10_000, 10_010)),
        ]
        let output = TextReporter().render([result], context: SampleAudit.context)
        #expect(output.contains("Outside the article body"))
        #expect(output.contains("Between blocks (not-loaded"))
        #expect(output.contains("Past the end (beyond"))
    }
}
