import Testing
import Verity

@Suite struct VerityCLISmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
