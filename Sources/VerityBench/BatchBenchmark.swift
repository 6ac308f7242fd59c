import Foundation
import Verity

/// `verity-bench batch [DIR] [RULES]`: the whole batch pipeline (read, analyse, rules, HTML and
/// JSON reports written to a temporary folder) over the pages in DIR (default
/// `../shared/eval/extract-dev`), with one job and with two. Prints, per run, MB/s of HTML by wall
/// clock and per core by the process's CPU time (which other load on the machine does not
/// distort), and the wall-clock speed-up of two jobs over one.
struct BatchBenchmark: Benchmark {
    static let name = "batch"
    static let usage = "[DIR] [RULES]  batch DIR (default ../shared/eval/extract-dev) with jobs 1 and 2, html+json"

    static func run(arguments: [String]) async throws {
        let directory = arguments.first ?? "../shared/eval/extract-dev"
        let rulesDirectory = arguments.count > 1 ? arguments[1] : RuleLocator.folderName
        let auditor = Auditor(rules: try RuleSet.load(directory: rulesDirectory))
        let articles = Array(ArticleInput(paths: [directory]).deferredItems().items.map(BatchArticle.init))
        guard !articles.isEmpty else { throw BenchmarkError.noInput(directory) }
        let bytes = articles.reduce(0) { total, article in
            total + ((try? FileManager.default.attributesOfItem(atPath: article.source)[.size] as? Int) ?? 0)
        }
        print("batch: \(articles.count) pages, \(bytes) bytes of HTML, \(auditor.rules.rules.count) rules, html+json reports, best of 3")
        var wall: [Int: Double] = [:]
        for jobs in [1, 2] {
            var cpu = Double.infinity
            var outputs: [URL] = []
            wall[jobs] = try await bestTime(rounds: 3) {
                let output = FileManager.default.temporaryDirectory
                    .appendingPathComponent("verity-bench-" + UUID().uuidString)
                outputs.append(output)
                let start = processCPUSeconds()
                try await runOnce(articles, jobs: jobs, auditor: auditor, output: output)
                cpu = min(cpu, processCPUSeconds() - start)
            }
            for output in outputs { try? FileManager.default.removeItem(at: output) }
            let seconds = wall[jobs] ?? 0
            print("jobs \(jobs): " + String(format: "%.3f s wall, %.3f s CPU; ", seconds, cpu)
                + throughput(bytes: bytes, seconds: seconds) + " wall, "
                + throughput(bytes: bytes / jobs, seconds: seconds) + " per core (wall), "
                + throughput(bytes: bytes, seconds: cpu) + " per core (CPU time)")
        }
        let speedUp = (wall[1] ?? 0) / max(wall[2] ?? 0, 1e-9)
        print(String(format: "speed-up of jobs 2 over jobs 1 (wall): %.2fx", speedUp))
    }

    /// One batch into `output`; the folder is removed after timing, since deleting it is no part
    /// of the pipeline.
    private static func runOnce(_ articles: [BatchArticle], jobs: Int, auditor: Auditor, output: URL) async throws {
        let configuration = BatchConfiguration(
            outputDirectory: output, formats: [.html, .json], jobs: jobs, force: true, fingerprint: "bench",
            context: ReportContext(toolVersion: "bench", generatedAt: "2026-01-01T00:00:00Z"))
        let batch = Batch(
            configuration: configuration, audit: { auditor.audit($0) },
            render: { format, result, context in format.reporter.render([result], context: context) })
        _ = try await batch.run(articles)
    }

    /// CPU time the whole process has used (all threads), in seconds.
    private static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
