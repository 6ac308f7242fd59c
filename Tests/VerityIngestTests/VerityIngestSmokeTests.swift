import Testing
@testable import VerityIngest

@Suite struct VerityIngestSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
