import VerityCore

extension ContentDigest {
    /// Adds everything about `document` that a report can show: id, source, format, metadata,
    /// text, blocks, comments and the map back to the source.
    public mutating func update(document: Document) {
        update(field: document.id)
        update(field: document.source)
        update(field: document.format.rawValue)
        let metadata = document.metadata
        for value in [metadata.title, metadata.outlet, metadata.published, metadata.url, metadata.language] {
            update(field: value ?? "\u{1}")
        }
        update(field: metadata.authors.joined(separator: "\u{1}"))
        update(field: document.text)
        for block in document.blocks {
            update(field: "\(block.kind.rawValue) \(block.range.start) \(block.range.end)")
        }
        for comment in document.comments {
            update(field: "\(comment.offset) \(comment.location.map { "\($0.line):\($0.column)" } ?? "-")")
            update(field: comment.text)
        }
        for anchor in document.sourceMap.anchors {
            let location = anchor.location
            update(field: "\(anchor.textOffset) \(location.line):\(location.column) \(anchor.isVerbatim)")
        }
    }
}
