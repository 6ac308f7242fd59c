import Foundation

/// A sentence to classify, read from a JSON Lines record with string fields `id` and `text`.
struct SentenceRecord {
    var id: String
    var text: String

    /// Reads every non-blank line of `path` (`-` for standard input).
    static func read(path: String) throws(SentenceRecordError) -> [SentenceRecord] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw SentenceRecordError(path: path, line: nil, message: "cannot read the file")
            }
            data = contents
        }
        let name = path == "-" ? "<stdin>" : path
        var records: [SentenceRecord] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t") })
            else { continue }
            records.append(try record(from: Data(line), path: name, line: lineNumber))
        }
        return records
    }

    private static func record(from line: Data, path: String, line number: Int) throws(SentenceRecordError) -> SentenceRecord {
        guard let object = try? JSONSerialization.jsonObject(with: line), let fields = object as? [String: Any] else {
            throw SentenceRecordError(path: path, line: number, message: "not a JSON object")
        }
        guard let id = fields["id"] as? String else {
            throw SentenceRecordError(path: path, line: number, message: "missing string field 'id'")
        }
        guard let text = fields["text"] as? String else {
            throw SentenceRecordError(path: path, line: number, message: "missing string field 'text'")
        }
        return SentenceRecord(id: id, text: text)
    }
}

/// Why a JSON Lines input could not be read, in compiler style (`file:12: error: …`).
struct SentenceRecordError: Error, CustomStringConvertible {
    var path: String
    var line: Int?
    var message: String

    var description: String {
        if let line { return "\(path):\(line): error: \(message)" }
        return "\(path): error: \(message)"
    }
}
