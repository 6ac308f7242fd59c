import Foundation
import Verity

/// Reads articles from files or a JSON Lines stream, one document at a time, with text offsets
/// kept exactly as given (blocks are the text's lines).
struct ArticleSource {
    var files: [String]
    var jsonl: String?

    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    func forEach(_ body: (Result<Document, ReadError>) throws -> Void) throws {
        if let jsonl {
            let handle: FileHandle
            if jsonl == "-" {
                handle = .standardInput
            } else {
                guard let file = FileHandle(forReadingAtPath: jsonl) else {
                    throw ReadError(description: "\(jsonl): cannot open file")
                }
                handle = file
            }
            let data = handle.readDataToEndOfFile()
            var lineNumber = 0
            for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                lineNumber += 1
                guard !line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) else { continue }
                guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                    let id = object["id"] as? String, let text = object["text"] as? String
                else {
                    try body(.failure(ReadError(description: "\(jsonl):\(lineNumber): not an article record {\"id\",\"text\"}")))
                    continue
                }
                try body(.success(Self.document(id: id, source: jsonl, text: text)))
            }
        }
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                try body(.failure(ReadError(description: "\(path): cannot read file")))
                continue
            }
            let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            try body(.success(Self.document(id: id, source: path, text: String(decoding: data, as: UTF8.self))))
        }
    }

    /// A document whose body is `text` verbatim, each non-blank line a paragraph block.
    static func document(id: String, source: String, text: String) -> Document {
        let scalars = Array(text.unicodeScalars)
        var blocks: [Block] = []
        var start = 0
        func close(_ end: Int) {
            var lower = start
            var upper = end
            while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
            while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
            if lower < upper { blocks.append(Block(kind: .paragraph, range: TextRange(lower, upper))) }
        }
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            close(index)
            start = index + 1
        }
        close(scalars.count)
        return Document(id: id, source: source, format: .text, text: text, blocks: blocks)
    }
}
