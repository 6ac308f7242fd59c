import Foundation

// `verity-bench NAME [ARGS]`: runs one throughput benchmark. Add a benchmark by writing a type
// that conforms to `Benchmark` in its own file and listing it here.
let benchmarks: [any Benchmark.Type] = [
    ReadBenchmark.self,
    QuoteBenchmark.self,
    ReportBenchmark.self,
    AuditBenchmark.self,
    BatchBenchmark.self,
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = benchmarks.first(where: { $0.name == name }) else {
    let usage = benchmarks.map { "  \($0.name)  \($0.usage)" }.joined(separator: "\n")
    FileHandle.standardError.write(Data("usage: verity-bench NAME [ARGS]\n\(usage)\n".utf8))
    exit(2)
}
do {
    try await benchmark.run(arguments: Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("verity-bench: error: \(error)\n".utf8))
    exit(2)
}
