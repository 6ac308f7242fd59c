import Foundation

/// Puts the entries workers finish in any order back into input order, reporting progress.
struct BatchCollector {
    private var waiting: [Int: (BatchEntry, BatchWorker.Disposition)] = [:]
    private(set) var outcome = BatchOutcome()
    private let expectedTotal: Int?
    private let start = DispatchTime.now().uptimeNanoseconds

    init(expectedTotal: Int?) {
        self.expectedTotal = expectedTotal
    }

    /// Takes the result for input `index`, then passes on every entry now in order, calling
    /// `progress` for each.
    mutating func receive(
        _ done: (Int, BatchEntry, BatchWorker.Disposition), progress: (BatchProgress) -> Void
    ) {
        waiting[done.0] = (done.1, done.2)
        while let (entry, disposition) = waiting.removeValue(forKey: outcome.entries.count) {
            outcome.entries.append(entry)
            switch disposition {
            case .audited: outcome.audited += 1
            case .skipped: outcome.skipped += 1
            case .failed: outcome.failed += 1
            }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            progress(BatchProgress(done: outcome.entries.count, total: expectedTotal, elapsed: elapsed))
        }
    }
}

/// The articles of a finished batch, in input order, and what happened to them.
public struct BatchOutcome: Sendable {
    /// One entry per article, in input order.
    public var entries: [BatchEntry] = []
    /// Articles audited and reported in this run.
    public var audited = 0
    /// Articles whose reports were already up to date.
    public var skipped = 0
    /// Articles that could not be read.
    public var failed = 0

    public init() {}
}

/// How far a batch has got: articles done, of how many if known, after how many seconds.
public struct BatchProgress: Sendable, Equatable {
    /// Articles finished, in input order.
    public var done: Int
    /// All articles, when the input knows its length in advance.
    public var total: Int?
    /// Seconds since the batch started.
    public var elapsed: Double

    public init(done: Int, total: Int?, elapsed: Double) {
        self.done = done
        self.total = total
        self.elapsed = elapsed
    }
}
