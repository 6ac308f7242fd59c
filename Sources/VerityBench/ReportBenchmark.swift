import Foundation
import Verity

/// `verity-bench report PATH [ROUNDS]`: MB/s of source turned into each report format, for
/// articles read, analysed and audited with the default rules beforehand (only rendering is
/// timed). Source bytes are the files' sizes, so figures compare with the batch target.
enum ReportBenchmark: Benchmark {
    static let name = "report"
    static let usage = "PATH [ROUNDS]  articles (file, folder or .jsonl); prints MB/s of source per report format"

    static func run(arguments: [String]) throws {
        guard let path = arguments.first else { throw BenchmarkError.usage(name, usage) }
        let rounds = arguments.count > 1 ? Int(arguments[1]) ?? 3 : 3
        let documents = try benchmarkDocuments(at: path)
        let bytes = documents.reduce(0) { total, document in
            let size = (try? FileManager.default.attributesOfItem(atPath: document.source)[.size] as? Int) ?? nil
            return total + (size ?? document.text.utf8.count)
        }
        let auditor = try defaultAuditor()
        let analyzer = Analyzer()
        let results = documents.map { auditor.audit(analyzer.analyze($0)) }
        let findings = results.reduce(0) { $0 + $1.findings.count }
        let context = ReportContext(toolVersion: "bench", generatedAt: "2026-01-01T00:00:00Z")
        print("articles: \(results.count), \(bytes) bytes of source, \(findings) findings")
        for format in ReportFormat.allCases {
            let reporter = format.reporter
            var size = 0
            let seconds = bestTime(rounds: rounds) {
                size = results.reduce(0) { $0 + reporter.render([$1], context: context).utf8.count }
            }
            let label = (format.rawValue + ":").padding(toLength: 7, withPad: " ", startingAt: 0)
            print("\(label) \(throughput(bytes: bytes, seconds: seconds))  (\(size) bytes of report)")
        }
    }
}
