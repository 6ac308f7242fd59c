import Verity

/// An article as readable text: a header naming it, its metadata, a blank line, then the body.
struct ArticleText {
    var document: Document

    var rendered: String {
        var lines = ["=== \(document.id) (\(document.source)) ==="]
        let metadata = document.metadata
        let fields: [(String, String?)] = [
            ("Title", metadata.title), ("By", metadata.byline), ("Date", metadata.published),
            ("Outlet", metadata.outlet), ("URL", metadata.url), ("Language", metadata.language),
        ]
        for case let (label, value?) in fields where !value.isEmpty { lines.append("\(label): \(value)") }
        lines.append("")
        lines.append(document.text)
        return lines.joined(separator: "\n")
    }
}
