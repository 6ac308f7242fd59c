import Testing
@testable import VerityReport

@Suite struct BatchProgressTests {
    @Test func aKnownTotalGivesABarCountsRateAndTimeLeft() {
        let progress = BatchProgress(done: 30, total: 60, elapsed: 10)
        let line = progress.line(width: 80)
        #expect(line.hasPrefix("["))
        #expect(line.contains("30/60"))
        #expect(line.contains("3.0/s"))
        #expect(line.contains("ETA 0:10"))
        #expect(line.count <= 80)
        let bar = line.prefix { $0 != "]" }
        #expect(bar.filter { $0 == "#" }.count * 2 == bar.filter { $0 == "#" || $0 == "." }.count)
    }

    @Test func anUnknownTotalGivesCountAndRateOnly() {
        let line = BatchProgress(done: 7, total: nil, elapsed: 2).line(width: 80)
        #expect(line == "7 articles  3.5/s")
    }

    @Test func aNarrowTerminalIsNeverOverrun() {
        #expect(BatchProgress(done: 1, total: 1000, elapsed: 1).line(width: 20).count <= 20)
    }

    @Test(arguments: [(0.2, "0:01"), (59.0, "0:59"), (61.0, "1:01"), (3725.0, "1:02:05")])
    func timeLeftIsWrittenAsAClock(_ seconds: Double, _ expected: String) {
        #expect(BatchProgress.clock(seconds) == expected)
    }
}
