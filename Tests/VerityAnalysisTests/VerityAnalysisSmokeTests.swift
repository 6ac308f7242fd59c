import Testing
@testable import VerityAnalysis

@Suite struct VerityAnalysisSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
