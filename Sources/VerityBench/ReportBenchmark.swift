import Foundation
import Verity

/// `verity-bench report DIR [ROUNDS]`: MB/s of source HTML turned into each report format, for
/// articles read and analysed beforehand (reading and analysis are not timed).
///
/// Until rules run here, the first three tokens of every sentence, every claim and every quote
/// give one finding each, so reports carry highlights, list items and fingerprints in numbers
/// at least as high as real audits.
enum ReportBenchmark: Benchmark {
    static let name = "report"
    static let usage = "DIR [ROUNDS]  render text, HTML, JSON and SARIF reports of every article in DIR"

    static func run(arguments: [String]) throws {
        guard let folder = arguments.first else { throw BenchmarkUsageError(usage: usage) }
        let rounds = arguments.count > 1 ? Int(arguments[1]) ?? 3 : 3
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        var results: [AuditResult] = []
        var bytes = 0
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            guard let document = try? ArticleLoader().document(at: path) else { continue }
            bytes += (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            results.append(audit(Analyzer().analyze(document)))
        }
        let context = ReportContext(toolVersion: "bench", generatedAt: "2026-01-01T00:00:00Z")
        print("\(results.count) articles, \(bytes) bytes of source")
        for format in ReportFormat.allCases {
            let reporter = format.reporter
            var size = 0
            let seconds = bestTime(rounds: rounds) {
                size = results.reduce(0) { $0 + reporter.render([$1], context: context).utf8.count }
            }
            print("\(format.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)) \(throughput(bytes: bytes, seconds: seconds))  (\(size) bytes of report)")
        }
    }

    /// The analysis with one finding per sentence, claim and quote.
    private static func audit(_ analysis: DocumentAnalysis) -> AuditResult {
        let rule = RuleInfo(id: "bench", family: "bench", title: "Benchmark finding", level: .info, explanation: "Synthetic.")
        var findings = analysis.sentences.enumerated().compactMap { index, sentence -> Finding? in
            let tokens = analysis.tokens[sentence.tokens.clamped(to: analysis.tokens.indices)].prefix(3)
            guard let first = tokens.first, let last = tokens.last else { return nil }
            return Finding(
                ruleID: "bench", level: .error, message: "Sentence opening",
                range: TextRange(first.range.start, last.range.end), sentenceIndex: index)
        }
        findings += analysis.claims.enumerated().map { index, claim in
            Finding(ruleID: "bench", level: .warning, message: "Claim", range: claim.range, sentenceIndex: claim.sentenceIndex, claimIndex: index)
        }
        findings += analysis.quotes.enumerated().map { index, quote in
            Finding(ruleID: "bench", level: .info, message: "Quote", range: quote.range, sentenceIndex: quote.sentenceIndex, quoteIndex: index)
        }
        return AuditResult(analysis: analysis, findings: findings, rules: ["bench": rule])
    }
}

/// A benchmark was called without the arguments it needs.
struct BenchmarkUsageError: Error, CustomStringConvertible {
    var usage: String
    var description: String { "missing arguments; usage: \(usage)" }
}
