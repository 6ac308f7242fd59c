import Testing
@testable import VerityReport

@Suite struct ReportFormatTests {
    @Test func eachFormatHasItsReporter() {
        #expect(ReportFormat.text.reporter is TextReporter)
        #expect(ReportFormat.html.reporter is HTMLReporter)
        #expect(ReportFormat.json.reporter is JSONReporter)
        #expect(ReportFormat.sarif.reporter is SARIFReporter)
    }

    @Test(arguments: ReportFormat.allCases)
    func emptyAuditRendersWithoutFindings(_ format: ReportFormat) {
        let output = format.reporter.render([], context: SampleAudit.context)
        #expect(!output.isEmpty)
        #expect(output.hasSuffix("\n"))
    }
}
