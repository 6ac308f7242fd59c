import Testing
@testable import VerityRules

@Suite struct VerityRulesSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
