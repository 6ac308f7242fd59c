import VerityCore

// The JSON report written straight into a `JSONBuffer`: the same bytes as its `Encodable`
// conformances give (tests compare both), several times faster. Keys in sorted order; optional
// fields omitted when nil, as `encodeIfPresent` does.

extension JSONReport: JSONFastWritable {
    func writeJSON(to buffer: inout JSONBuffer, depth: Int) {
        var first = true
        buffer.openObject(&first)
        buffer.key("documents", &first, depth: depth)
        buffer.array(documents, depth: depth + 1) { $1.writeJSON(to: &$0, depth: $2) }
        buffer.key("generated_at", &first, depth: depth)
        buffer.string(generatedAt)
        buffer.key("schema_version", &first, depth: depth)
        buffer.integer(schemaVersion)
        buffer.key("summary", &first, depth: depth)
        summary.writeJSON(to: &buffer, depth: depth + 1)
        buffer.key("tool", &first, depth: depth)
        var toolFirst = true
        buffer.openObject(&toolFirst)
        buffer.key("name", &toolFirst, depth: depth + 1)
        buffer.string(tool.name)
        buffer.key("version", &toolFirst, depth: depth + 1)
        buffer.string(tool.version)
        buffer.closeObject(toolFirst, depth: depth + 1)
        buffer.closeObject(first, depth: depth)
    }
}

extension JSONDocument: JSONFastWritable {
    func writeJSON(to buffer: inout JSONBuffer, depth: Int) {
        let inner = depth + 1
        var first = true
        buffer.openObject(&first)
        buffer.key("blocks", &first, depth: depth)
        buffer.array(blocks, depth: inner) { buffer, block, depth in
            var first = true
            buffer.openObject(&first)
            buffer.key("kind", &first, depth: depth)
            buffer.string(block.kind)
            buffer.key("range", &first, depth: depth)
            block.range.writeJSON(to: &buffer, depth: depth + 1)
            buffer.closeObject(first, depth: depth)
        }
        buffer.key("claims", &first, depth: depth)
        buffer.array(claims, depth: inner) { $1.writeJSON(to: &$0, depth: $2) }
        buffer.key("comments", &first, depth: depth)
        buffer.array(comments, depth: inner) { buffer, comment, depth in
            var first = true
            buffer.openObject(&first)
            buffer.key("offset", &first, depth: depth)
            buffer.integer(comment.offset)
            if let location = comment.sourceLocation {
                buffer.key("source_location", &first, depth: depth)
                location.writeJSON(to: &buffer, depth: depth + 1)
            }
            buffer.key("text", &first, depth: depth)
            buffer.string(comment.text)
            buffer.closeObject(first, depth: depth)
        }
        buffer.key("counts", &first, depth: depth)
        counts.writeJSON(to: &buffer, depth: inner)
        buffer.key("findings", &first, depth: depth)
        buffer.array(findings, depth: inner) { $1.writeJSON(to: &$0, depth: $2) }
        buffer.key("format", &first, depth: depth)
        buffer.string(format)
        buffer.key("id", &first, depth: depth)
        buffer.string(id)
        buffer.key("metadata", &first, depth: depth)
        Self.write(metadata, to: &buffer, depth: inner)
        buffer.key("quotes", &first, depth: depth)
        buffer.array(quotes, depth: inner) { $1.writeJSON(to: &$0, depth: $2) }
        buffer.key("rules", &first, depth: depth)
        buffer.array(rules, depth: inner) { Self.write($1, to: &$0, depth: $2) }
        buffer.key("sentences", &first, depth: depth)
        buffer.array(sentences, depth: inner) { buffer, sentence, depth in
            var first = true
            buffer.openObject(&first)
            buffer.key("block", &first, depth: depth)
            buffer.integer(sentence.block)
            buffer.key("range", &first, depth: depth)
            sentence.range.writeJSON(to: &buffer, depth: depth + 1)
            buffer.key("token_end", &first, depth: depth)
            buffer.integer(sentence.tokenEnd)
            buffer.key("token_start", &first, depth: depth)
            buffer.integer(sentence.tokenStart)
            buffer.closeObject(first, depth: depth)
        }
        buffer.key("source", &first, depth: depth)
        buffer.string(source)
        buffer.key("source_map", &first, depth: depth)
        buffer.array(sourceMap, depth: inner) { $1.writeJSON(to: &$0, depth: $2) }
        buffer.key("speakers", &first, depth: depth)
        buffer.array(speakers, depth: inner) { $1.writeJSON(to: &$0, depth: $2) }
        buffer.key("text", &first, depth: depth)
        buffer.string(text)
        buffer.key("tokens", &first, depth: depth)
        buffer.array(tokens, depth: inner) { $1.writeJSON(to: &$0, depth: $2) }
        buffer.closeObject(first, depth: depth)
    }

    private static func write(_ metadata: ArticleMetadata, to buffer: inout JSONBuffer, depth: Int) {
        var first = true
        buffer.openObject(&first)
        buffer.key("authors", &first, depth: depth)
        buffer.array(metadata.authors, depth: depth + 1) { buffer, author, _ in buffer.string(author) }
        let optional: [(StaticString, String?)] = [
            ("language", metadata.language), ("outlet", metadata.outlet), ("published", metadata.published),
            ("title", metadata.title), ("url", metadata.url),
        ]
        for case (let key, let value?) in optional {
            buffer.key(key, &first, depth: depth)
            buffer.string(value)
        }
        buffer.closeObject(first, depth: depth)
    }

    private static func write(_ rule: RuleInfo, to buffer: inout JSONBuffer, depth: Int) {
        var first = true
        buffer.openObject(&first)
        buffer.key("explanation", &first, depth: depth)
        buffer.string(rule.explanation)
        buffer.key("family", &first, depth: depth)
        buffer.string(rule.family)
        buffer.key("id", &first, depth: depth)
        buffer.string(rule.id)
        buffer.key("level", &first, depth: depth)
        buffer.string(rule.level.rawValue)
        buffer.key("links", &first, depth: depth)
        buffer.array(rule.links, depth: depth + 1) { buffer, link, _ in buffer.string(link) }
        buffer.key("title", &first, depth: depth)
        buffer.string(rule.title)
        buffer.closeObject(first, depth: depth)
    }
}
