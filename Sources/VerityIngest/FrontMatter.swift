import Foundation
import VerityCore
import Yams

/// YAML front matter at the top of a text or Markdown article (`---` … `---`), read into metadata.
///
/// Keys are matched loosely (`title`/`headline`, `author`/`authors`/`byline`, `outlet`/`publisher`/
/// `site`, `date`/`published`, `url`/`canonical`, `language`/`lang`). Front matter that is not
/// valid YAML is read line by line as `key: value`; reading never fails.
struct FrontMatter {
    /// What the front matter says.
    var metadata: ArticleMetadata
    /// Zero-based index of the first line after the closing delimiter.
    var bodyStartLine: Int

    /// Reads front matter when the source opens with a `---` line closed by `---` or `...`.
    init?(_ source: SourceText) {
        guard let first = source.lines.first, source.string(first).trimmingTrailingSpace == "---"
        else { return nil }
        guard let close = source.lines.indices.dropFirst().first(where: { index in
            let line = source.string(source.lines[index]).trimmingTrailingSpace
            return line == "---" || line == "..."
        }) else { return nil }
        let yaml = source.lines[1..<close].map(source.string).joined(separator: "\n")
        metadata = FrontMatter.metadata(from: FrontMatter.fields(inYAML: yaml))
        bodyStartLine = close + 1
    }

    /// The key/value pairs of the YAML mapping, values as written (lists as several values).
    private static func fields(inYAML yaml: String) -> [(key: String, values: [String])] {
        guard let node = try? Yams.compose(yaml: yaml), let mapping = node.mapping else {
            return fields(inLines: yaml)
        }
        return mapping.compactMap { key, value in
            guard let key = key.string else { return nil }
            if let items = value.sequence { return (key, items.compactMap(\.string)) }
            if let text = value.string { return (key, [text]) }
            if let name = value.mapping?["name"]?.string { return (key, [name]) }
            return nil
        }
    }

    private static func fields(inLines yaml: String) -> [(key: String, values: [String])] {
        yaml.split(separator: "\n").compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            let unquoted = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return (String(line[..<colon]).trimmingCharacters(in: .whitespaces), [unquoted])
        }
    }

    private static func metadata(from fields: [(key: String, values: [String])]) -> ArticleMetadata {
        var metadata = ArticleMetadata()
        for (key, values) in fields {
            let cleaned = values.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            guard let value = cleaned.first else { continue }
            switch key.lowercased().filter(\.isLetter) {
            case "title", "headline": metadata.title = metadata.title ?? value
            case "author", "authors", "byline", "by", "creator", "creators":
                if metadata.authors.isEmpty { metadata.authors = cleaned.flatMap(Byline.names(in:)) }
            case "outlet", "publisher", "publication", "site", "sitename", "source":
                metadata.outlet = metadata.outlet ?? value
            case "date", "published", "publishedat", "datepublished", "pubdate", "publicationdate":
                metadata.published = metadata.published ?? PublishedDate.normalized(value)
            case "url", "canonical", "canonicalurl", "link", "permalink":
                metadata.url = metadata.url ?? value
            case "language", "lang", "locale": metadata.language = metadata.language ?? value
            default: continue
            }
        }
        return metadata
    }
}

extension String {
    var trimmingTrailingSpace: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[..<end]
    }
}
