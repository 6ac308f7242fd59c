import Foundation
import VerityCore

/// One line of a JSON Lines article stream:
/// `{"id", "html"|"text"|"markdown", optional "title", "author", "authors", "date", "outlet", "url", "language"}`.
struct JSONLinesRecord {
    var id: String?
    var content: String
    var format: SourceFormat
    /// The metadata the record states; it wins over what the reader finds in the content.
    var metadata: ArticleMetadata

    /// Parses one line; `source` and `line` name it in errors.
    init(line data: Data, source: String, line: Int) throws(ReadError) {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw ReadError(source: source, line: line, reason: .notJSONObject(Self.describe(error)))
        }
        guard let fields = object as? [String: Any] else {
            throw ReadError(source: source, line: line, reason: .notJSONObject("found \(Self.kind(of: object))"))
        }
        id = (fields["id"] as? String) ?? (fields["id"] as? NSNumber).map { "\($0)" }
        guard let (format, content) = Self.content(in: fields) else {
            throw ReadError(source: source, line: line, reason: .invalidRecord(
                "record has no \"html\", \"text\" or \"markdown\" string"))
        }
        self.format = format
        self.content = content
        metadata = ArticleMetadata(
            title: fields["title"] as? String,
            authors: Self.authors(in: fields),
            outlet: fields["outlet"] as? String,
            published: ((fields["date"] ?? fields["published"]) as? String).map(PublishedDate.normalized),
            url: fields["url"] as? String,
            language: fields["language"] as? String)
    }

    private static func content(in fields: [String: Any]) -> (SourceFormat, String)? {
        if let html = fields["html"] as? String { return (.html, html) }
        if let markdown = fields["markdown"] as? String { return (.markdown, markdown) }
        if let text = fields["text"] as? String { return (.text, text) }
        return nil
    }

    private static func authors(in fields: [String: Any]) -> [String] {
        if let list = (fields["authors"] ?? fields["author"]) as? [Any] { return list.compactMap { $0 as? String } }
        if let author = (fields["author"] ?? fields["authors"]) as? String { return Byline.names(in: author) }
        return []
    }

    private static func kind(of object: Any) -> String {
        switch object {
        case is [Any]: "an array"
        case is String: "a string"
        case is NSNull: "null"
        case is NSNumber: "a number or boolean"
        default: "a JSON value"
        }
    }

    private static func describe(_ error: Error) -> String {
        let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        guard let detail, !detail.isEmpty else { return "invalid JSON" }
        let trimmed = detail.hasSuffix(".") ? String(detail.dropLast()) : detail
        return "invalid JSON: " + trimmed.prefix(1).lowercased() + trimmed.dropFirst()
    }
}
