import Foundation
import Verity

/// `verity-bench batch [DIR] [RULES]`: the whole batch pipeline (read, analyse, rules, HTML and
/// JSON reports written to a temporary folder) over the HTML pages in DIR, with one job and with
/// two; prints MB/s of HTML per run and per core, and the speed-up of two jobs over one.
struct BatchBenchmark: Benchmark {
    static let name = "batch"
    static let usage = "[DIR] [RULES]  batch over DIR (default ../shared/eval/extract-dev) with jobs 1 and 2"

    static func run(arguments: [String]) async throws {
        let directory = arguments.first ?? "../shared/eval/extract-dev"
        let rulesDirectory = arguments.count > 1 ? arguments[1] : "Rules"
        let rules = try RuleSet.load(directory: rulesDirectory)
        let auditor = Auditor(rules: rules)
        let (items, _) = ArticleInput(paths: [directory]).deferredItems()
        let articles = items.map(BatchArticle.init)
        let bytes = articles.reduce(0) { total, article in
            total + ((try? FileManager.default.attributesOfItem(atPath: article.source)[.size] as? Int) ?? 0)
        }
        print("batch: \(articles.count) pages, \(String(format: "%.1f", Double(bytes) / 1e6)) MB of HTML, \(rules.rules.count) rules, html+json reports")
        var seconds: [Int: Double] = [:]
        for jobs in [1, 2] {
            seconds[jobs] = try await bestTime(rounds: 3) {
                try await runOnce(articles, jobs: jobs, auditor: auditor)
            }
            let rate = throughput(bytes: bytes, seconds: seconds[jobs] ?? 0)
            let perCore = throughput(bytes: bytes / jobs, seconds: seconds[jobs] ?? 0)
            print("jobs \(jobs): \(String(format: "%.3f", seconds[jobs] ?? 0)) s  \(rate)  (\(perCore) per core)")
        }
        let speedUp = (seconds[1] ?? 0) / max(seconds[2] ?? 1, 1e-9)
        print(String(format: "speed-up jobs 2 / jobs 1: %.2fx", speedUp))
    }

    private static func runOnce(_ articles: [BatchArticle], jobs: Int, auditor: Auditor) async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("verity-bench-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: output) }
        let configuration = BatchConfiguration(
            outputDirectory: output, formats: [.html, .json], jobs: jobs, force: true, fingerprint: "bench",
            context: ReportContext(toolVersion: "bench", generatedAt: "2026-01-01T00:00:00Z"))
        let batch = Batch(
            configuration: configuration, audit: { auditor.audit($0) },
            render: { format, result, context in format.reporter.render([result], context: context) })
        let outcome = try await batch.run(articles)
        if outcome.failed > 0 { throw BenchmarkError(message: "\(outcome.failed) pages could not be read") }
    }
}

/// A benchmark that could not run.
struct BenchmarkError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
