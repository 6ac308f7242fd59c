import Foundation
import VerityCore

/// Iterates the records of a JSON Lines file (or standard input), one line at a time.
struct JSONLinesArticles: IteratorProtocol {
    private let path: String
    private let name: String
    private let loader: ArticleLoader
    private var reader: LineReader?
    private var lineNumber = 0
    private var records = 0
    private var done = false

    init(path: String, loader: ArticleLoader) {
        self.path = path
        self.loader = loader
        name = ArticleLoader.displayName(of: path)
    }

    mutating func next() -> ArticleInput.Item? {
        guard !done else { return nil }
        if reader == nil {
            do {
                reader = path == ArticleLoader.standardInputPath
                    ? LineReader(fd: STDIN_FILENO, ownsDescriptor: false)
                    : LineReader(fd: try FileContents.open(path: path), ownsDescriptor: true)
            } catch {
                done = true
                return ArticleInput.Item(id: ArticleLoader.id(forPath: path), source: path, result: .failure(error))
            }
        }
        while let line = reader?.nextLine() {
            lineNumber += 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            records += 1
            return item(for: line)
        }
        done = true
        if let failure = reader?.failure {
            return failureItem(ReadError(source: name, reason: .unreadable(failure)))
        }
        return records == 0 ? failureItem(ReadError(source: name, reason: .empty)) : nil
    }

    private func item(for line: Data) -> ArticleInput.Item {
        let source = "\(name):\(lineNumber)"
        let record: JSONLinesRecord
        do {
            record = try JSONLinesRecord(line: line, source: name, line: lineNumber)
        } catch {
            return ArticleInput.Item(id: salvagedID(from: line), source: source, result: .failure(error))
        }
        let id = record.id ?? defaultID
        do {
            var document = try loader.document(
                from: Self.bytes(of: record), id: id, source: source, format: record.format, line: lineNumber)
            var metadata = record.metadata
            metadata.fillGaps(from: document.metadata)
            document.metadata = metadata
            return ArticleInput.Item(id: id, source: source, result: .success(document))
        } catch {
            let located = ReadError(source: name, line: lineNumber, reason: error.reason)
            return ArticleInput.Item(id: id, source: source, result: .failure(located))
        }
    }

    /// The record's content as UTF-8; HTML gets a byte-order mark, because the JSON string is
    /// already decoded and a `<meta charset>` left in the page must not decode it again.
    private static func bytes(of record: JSONLinesRecord) -> Data {
        let utf8 = Data(record.content.utf8)
        return record.format == .html ? Data([0xEF, 0xBB, 0xBF]) + utf8 : utf8
    }

    private func failureItem(_ error: ReadError) -> ArticleInput.Item {
        ArticleInput.Item(id: ArticleLoader.id(forPath: path), source: name, result: .failure(error))
    }

    /// `NAME-LINE`: the id of a record that gives none.
    private var defaultID: String { "\(ArticleLoader.id(forPath: path))-\(lineNumber)" }

    /// The `"id"` of a line that is not valid JSON, when a simple pattern finds it.
    private func salvagedID(from line: Data) -> String {
        let head = String(decoding: line.prefix(2048), as: UTF8.self)
        guard let match = head.range(of: #""id"\s*:\s*"[^"\\]{1,200}""#, options: .regularExpression) else {
            return defaultID
        }
        let text = head[match]
        let value = text[text.index(after: text.firstIndex(of: ":") ?? text.startIndex)...]
            .trimmingCharacters(in: .whitespaces)
        return String(value.dropFirst().dropLast())
    }
}
