import Testing
import VerityCore
@testable import VerityReport

/// Every format rendered from the sample audit, compared with its golden byte for byte.
@Suite struct GoldenTests {
    @Test(arguments: ReportFormat.allCases)
    func matchesGolden(_ format: ReportFormat) throws {
        let output = format.reporter.render([SampleAudit.result], context: SampleAudit.context)
        try Golden.check(output, named: "bridge-repairs.\(format.fileExtension)")
    }

    @Test func colourTextMatchesGolden() throws {
        var context = SampleAudit.context
        context.useColor = true
        let output = TextReporter().render([SampleAudit.result], context: context)
        try Golden.check(output, named: "bridge-repairs-colour.txt")
    }

    @Test(arguments: ReportFormat.allCases)
    func sameInputGivesSameBytes(_ format: ReportFormat) {
        let first = format.reporter.render([SampleAudit.result, SampleAudit.result], context: SampleAudit.context)
        let second = format.reporter.render([SampleAudit.result, SampleAudit.result], context: SampleAudit.context)
        #expect(first == second)
    }

    @Test(arguments: ReportFormat.allCases)
    func findingsOrderDoesNotChangeTheReport(_ format: ReportFormat) {
        var shuffled = SampleAudit.result
        shuffled.findings.reverse()
        let ordered = format.reporter.render([SampleAudit.result], context: SampleAudit.context)
        #expect(format.reporter.render([shuffled], context: SampleAudit.context) == ordered)
    }
}
