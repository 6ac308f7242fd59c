import Foundation
import VerityCore

/// Audits a stream of articles in parallel and writes one report per article and format, plus
/// `index.html` and `summary.json`.
///
/// At most `jobs` articles are loaded at once (bounded memory whatever the stream's length);
/// within a small lookahead window the largest articles start first, so that one big article
/// does not finish alone at the end; entries are collected by input index, so the output is the
/// same for any number of jobs.
public struct Batch: Sendable {
    /// Analyses and runs the rules on one document.
    public typealias Audit = @Sendable (Document) -> AuditResult
    /// Renders one audited article in one format.
    public typealias Render = @Sendable (ReportFormat, AuditResult, ReportContext) -> String

    /// Where and how reports are written.
    public var configuration: BatchConfiguration
    /// The audit step.
    public var audit: Audit
    /// The report step.
    public var render: Render

    public init(configuration: BatchConfiguration, audit: @escaping Audit, render: @escaping Render) {
        self.configuration = configuration
        self.audit = audit
        self.render = render
    }

    /// Runs the batch over `articles`, calling `progress` after each article in input order.
    ///
    /// Throws only when the output folder cannot be written; unreadable articles become entries.
    public func run<Articles: Sequence<BatchArticle>>(
        _ articles: Articles, expectedTotal: Int? = nil, progress: (BatchProgress) -> Void = { _ in }
    ) async throws -> BatchOutcome {
        let output = BatchOutput(configuration: configuration)
        let previous = try output.prepare()
        let worker = BatchWorker(configuration: configuration, audit: audit, render: render)
        var collector = BatchCollector(expectedTotal: expectedTotal)
        var window = BatchWindow(articles.makeIterator(), lookahead: max(8, 4 * configuration.jobs))
        try await withThrowingTaskGroup(of: (Int, BatchEntry, BatchWorker.Disposition).self) { group in
            var inFlight = 0
            while true {
                while inFlight < configuration.jobs, let next = window.next() {
                    group.addTask {
                        let (entry, disposition) = try worker.process(next.article, stem: next.stem)
                        return (next.index, entry, disposition)
                    }
                    inFlight += 1
                }
                guard let done = try await group.next() else { break }
                collector.receive(done, progress: progress)
                inFlight -= 1
            }
        }
        let outcome = collector.outcome
        try output.finish(outcome, previous: previous)
        return outcome
    }
}
