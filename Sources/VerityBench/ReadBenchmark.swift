import Foundation
import Verity

/// `verity-bench read DIR [ROUNDS]`: reads every `.html` file in DIR with `HTMLReader` on one
/// thread and prints MB/s of HTML read (the best of ROUNDS rounds, default 3), by wall-clock
/// time and by the thread's CPU time (the per-core figure that other load on the machine does
/// not distort).
struct ReadBenchmark: Benchmark {
    static let name = "read"
    static let usage = "DIR [ROUNDS]  read every .html page in DIR with HTMLReader (single thread)"

    static func run(arguments: [String]) throws {
        guard let folder = arguments.first else { throw BenchmarkError.usage(name, usage) }
        let rounds = arguments.dropFirst().first.flatMap { Int($0) } ?? 3
        let pages = try htmlPages(in: URL(fileURLWithPath: folder))
        guard !pages.isEmpty else { throw BenchmarkError.noInput(folder) }
        let bytes = pages.reduce(0) { $0 + $1.data.count }
        let reader = HTMLReader()
        var blocks = 0
        var cpuSeconds = Double.infinity
        let seconds = bestTime(rounds: rounds) {
            blocks = 0
            let cpuStart = threadCPUSeconds()
            for page in pages {
                blocks += reader.document(from: page.data, id: page.id, source: page.id).blocks.count
            }
            cpuSeconds = min(cpuSeconds, threadCPUSeconds() - cpuStart)
        }
        print("read: \(pages.count) pages, \(bytes) bytes, \(blocks) blocks, best of \(rounds): "
            + String(format: "%.3f s wall, %.3f s CPU; ", seconds, cpuSeconds)
            + throughput(bytes: bytes, seconds: seconds) + " wall, "
            + throughput(bytes: bytes, seconds: cpuSeconds) + " per core (CPU time)")
    }

    /// CPU time the calling thread has used, in seconds.
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func htmlPages(in folder: URL) throws -> [(id: String, data: Data)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.lowercased().hasSuffix(".html") || $0.lowercased().hasSuffix(".htm") }.sorted()
        return try names.map { name in
            let url = folder.appendingPathComponent(name)
            return (url.deletingPathExtension().lastPathComponent, try Data(contentsOf: url))
        }
    }
}
