import Testing
@testable import VerityReport

@Suite struct VerityReportSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
