import Foundation
import Verity

/// `verity-bench quotes FILE.jsonl [ROUNDS]`: sentences, quotes and speakers over the `text` of
/// every record of a quotes JSON Lines file; prints MB/s (UTF-8 bytes of text) on one core.
struct QuoteBenchmark: Benchmark {
    static let name = "quotes"
    static let usage = "FILE.jsonl [ROUNDS]  tokens, sentences, quotes and speakers of each record's text"

    struct BenchmarkError: Error, CustomStringConvertible {
        var description: String
    }

    static func run(arguments: [String]) throws {
        guard let path = arguments.first else { throw BenchmarkError(description: "usage: verity-bench quotes \(usage)") }
        let rounds = arguments.count > 1 ? Int(arguments[1]) ?? 3 : 3
        let documents = try load(path)
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        var quotes = 0
        var speakers = 0
        var cpuSeconds = Double.infinity
        let seconds = bestTime(rounds: rounds) {
            quotes = 0
            speakers = 0
            let cpuStart = processorTime()
            for document in documents {
                var analysis = TextLayer().analyze(document)
                QuoteStep().run(on: &analysis)
                quotes += analysis.quotes.count
                speakers += analysis.speakers.count
            }
            cpuSeconds = min(cpuSeconds, processorTime() - cpuStart)
        }
        print("quotes: \(documents.count) articles, \(bytes) bytes, \(quotes) quotes, \(speakers) speakers")
        print("quotes: \(throughput(bytes: bytes, seconds: cpuSeconds)) per core (CPU time, best of \(rounds))")
        print("quotes: \(throughput(bytes: bytes, seconds: seconds)) wall clock (best of \(rounds); lower on a busy machine)")
    }

    /// The documents of a JSON Lines file with a `text` field per line, blocks split at line breaks.
    static func load(_ path: String) throws -> [Document] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchmarkError(description: "\(path): cannot read file")
        }
        var documents: [Document] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let text = object["text"] as? String
            else { throw BenchmarkError(description: "\(path):\(number + 1): no \"text\" field") }
            let id = object["id"] as? String ?? "\(number + 1)"
            let paragraphs = text.split(separator: "\n").map { (Block.Kind.paragraph, String($0)) }
            documents.append(Document(id: id, source: path, format: .text, blockTexts: paragraphs))
        }
        return documents
    }
}

/// CPU time this process has used, in seconds (what one core spent, whatever the machine's load).
func processorTime() -> Double {
    var usage = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &usage)
    return Double(usage.tv_sec) + Double(usage.tv_nsec) / 1e9
}
