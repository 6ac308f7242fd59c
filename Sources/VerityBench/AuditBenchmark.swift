import Foundation
import Verity

/// `verity-bench audit PATH [ROUNDS]`: CPU time of quote extraction alone (tokens, sentences,
/// quotes, speakers), of the claim step, and of the default rules, and the share each adds to
/// quote extraction. Issue 4's budget (the rules add at most 30%) is on the rules line; the claim
/// step is analysis (`verity claims` runs it without rules) and is reported beside it.
struct AuditBenchmark: Benchmark {
    static let name = "audit"
    static let usage = "PATH [ROUNDS]  articles (file, folder or .jsonl); prints MB/s of quotes, claims and rules apart"

    static func run(arguments: [String]) throws {
        guard let path = arguments.first else { throw BenchmarkError.usage(name, usage) }
        let rounds = arguments.count > 1 ? Int(arguments[1]) ?? 5 : 5
        let documents = try benchmarkDocuments(at: path)
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }

        let auditor = try defaultAuditor()

        var quoted: [DocumentAnalysis] = []
        let quotesTime = bestProcessorTime(rounds: rounds) {
            quoted = documents.map { document in
                var analysis = TextLayer().analyze(document)
                QuoteStep().run(on: &analysis)
                return analysis
            }
        }
        var analyses: [DocumentAnalysis] = []
        let claimsTime = bestProcessorTime(rounds: rounds) {
            analyses = quoted.map { analysis in
                var analysis = analysis
                analysis.claims = ClaimFinder().claims(in: analysis)
                return analysis
            }
        }
        var findings = 0
        let rulesTime = bestProcessorTime(rounds: rounds) {
            findings = analyses.reduce(0) { $0 + auditor.audit($1).findings.count }
        }
        let claims = analyses.reduce(0) { $0 + $1.claims.count }
        let base = max(quotesTime, 1e-9)
        print("articles: \(documents.count), \(bytes) bytes, \(claims) claims, \(auditor.rules.rules.count) rules, \(findings) findings")
        print("CPU time per core, best of \(rounds):")
        print(String(format: "quotes alone:      %@  (%.3f s)", throughput(bytes: bytes, seconds: quotesTime), quotesTime))
        print(String(format: "claims:            %@  (%.3f s)", throughput(bytes: bytes, seconds: claimsTime), claimsTime))
        print(String(format: "rules:             %@  (%.3f s)", throughput(bytes: bytes, seconds: rulesTime), rulesTime))
        print("whole audit:       \(throughput(bytes: bytes, seconds: quotesTime + claimsTime + rulesTime))")
        print(String(format: "rules add:         %.1f%% to quote extraction time (budget 30%%)", 100 * rulesTime / base))
        print(String(format: "claims add:        %.1f%%; claims + rules %.1f%%", 100 * claimsTime / base, 100 * (claimsTime + rulesTime) / base))
    }

    /// The best CPU time of `rounds` runs of `body`, in seconds.
    private static func bestProcessorTime(rounds: Int, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, rounds) {
            let start = processorTime()
            body()
            best = min(best, processorTime() - start)
        }
        return best
    }
}
