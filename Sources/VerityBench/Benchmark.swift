import Foundation
import Verity

/// One throughput measurement of `verity-bench`; each prints MB/s of input processed.
protocol Benchmark {
    /// The name used on the command line (`verity-bench read DIR`).
    static var name: String { get }
    /// One line on what is measured and which arguments it takes.
    static var usage: String { get }
    /// Runs the measurement with the remaining command-line arguments and prints its figures.
    static func run(arguments: [String]) async throws
}

/// Times `body` over `rounds` rounds and returns the best round in seconds.
func bestTime(rounds: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<max(1, rounds) {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, elapsed)
    }
    return best
}

/// Times the asynchronous `body` over `rounds` rounds and returns the best round in seconds.
func bestTime(rounds: Int, _ body: () async throws -> Void) async rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<max(1, rounds) {
        let start = DispatchTime.now().uptimeNanoseconds
        try await body()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, elapsed)
    }
    return best
}

/// Formats a throughput figure: `12.3 MB/s` for `bytes` processed in `seconds`.
func throughput(bytes: Int, seconds: Double) -> String {
    String(format: "%.1f MB/s", Double(bytes) / 1_000_000 / max(seconds, 1e-9))
}

/// Why a benchmark could not run, in one line for standard error.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String

    /// The arguments do not fit the benchmark's usage line.
    static func usage(_ name: String, _ usage: String) -> BenchmarkError {
        BenchmarkError(description: "usage: verity-bench \(name) \(usage)")
    }

    /// Nothing to measure was found at `path`.
    static func noInput(_ path: String) -> BenchmarkError {
        BenchmarkError(description: "\(path): no readable input")
    }
}

/// The readable articles at `path` (a file, a folder, or a `.jsonl` file of records).
func benchmarkDocuments(at path: String) throws -> [Document] {
    let input = path.hasSuffix(".jsonl") ? ArticleInput(jsonLines: path) : ArticleInput(paths: [path])
    let documents = input.compactMap(\.document)
    guard !documents.isEmpty else { throw BenchmarkError.noInput(path) }
    return documents
}

/// An auditor with the rules `verity` would find from the current directory.
func defaultAuditor() throws -> Auditor {
    let current = FileManager.default.currentDirectoryPath
    guard let directory = RuleLocator.directory(explicit: nil, currentDirectory: current) else {
        throw BenchmarkError(description: "no Rules/ directory found")
    }
    return Auditor(rules: try RuleSet.load(directory: directory))
}
