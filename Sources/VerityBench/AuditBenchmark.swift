import Foundation
import Verity

/// `verity-bench audit PATH [ROUNDS]`: throughput of analysis alone and of analysis plus the
/// default rules, and the share the rules add (the budget is 30% of analysis time).
struct AuditBenchmark: Benchmark {
    static let name = "audit"
    static let usage = "PATH [ROUNDS]  articles (file, folder or .jsonl); prints MB/s for analysis and analysis + rules"

    static func run(arguments: [String]) throws {
        guard let path = arguments.first else { throw BenchmarkError.usage(name, usage) }
        let rounds = arguments.count > 1 ? Int(arguments[1]) ?? 5 : 5
        let input = path.hasSuffix(".jsonl") ? ArticleInput(jsonLines: path) : ArticleInput(paths: [path])
        let documents = input.compactMap(\.document)
        guard !documents.isEmpty else { throw BenchmarkError.noInput(path) }
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }

        let current = FileManager.default.currentDirectoryPath
        guard let directory = RuleLocator.directory(explicit: nil, currentDirectory: current) else {
            throw BenchmarkError(description: "no Rules/ directory found")
        }
        let auditor = Auditor(rules: try RuleSet.load(directory: directory))
        let analyzer = Analyzer()

        var analyses: [DocumentAnalysis] = []
        let analysisTime = bestTime(rounds: rounds) { analyses = documents.map(analyzer.analyze) }
        var findings = 0
        let rulesTime = bestTime(rounds: rounds) {
            findings = analyses.reduce(0) { $0 + auditor.audit($1).findings.count }
        }
        let overhead = 100 * rulesTime / max(analysisTime, 1e-9)
        print("articles: \(documents.count), \(bytes) bytes, \(auditor.rules.rules.count) rules, \(findings) findings")
        print("analysis:          \(throughput(bytes: bytes, seconds: analysisTime))")
        print("analysis + rules:  \(throughput(bytes: bytes, seconds: analysisTime + rulesTime))")
        print("rules alone:       \(throughput(bytes: bytes, seconds: rulesTime))")
        print(String(format: "rules overhead:    %.1f%% of analysis time (budget 30%%)", overhead))
    }
}
