/// The one-line records of the JSON report: ranges, locations, tokens and source-map anchors,
/// which reports hold by the thousand.
extension JSONRange: JSONRecord {
    func writeJSON(to buffer: inout JSONBuffer, depth: Int) {
        buffer.openRecord()
        buffer.field("end", first: true)
        buffer.integer(end)
        buffer.field("end_column", first: false)
        buffer.integer(endColumn)
        buffer.field("end_line", first: false)
        buffer.integer(endLine)
        buffer.field("start", first: false)
        buffer.integer(start)
        buffer.field("start_column", first: false)
        buffer.integer(startColumn)
        buffer.field("start_line", first: false)
        buffer.integer(startLine)
        buffer.closeRecord()
    }
}

extension JSONLocation: JSONRecord {
    func writeJSON(to buffer: inout JSONBuffer, depth: Int) {
        buffer.openRecord()
        buffer.field("column", first: true)
        buffer.integer(column)
        buffer.field("line", first: false)
        buffer.integer(line)
        buffer.closeRecord()
    }
}

extension JSONDocument.Token: JSONRecord {
    func writeJSON(to buffer: inout JSONBuffer, depth: Int) {
        buffer.openRecord()
        buffer.field("end", first: true)
        buffer.integer(end)
        buffer.field("kind", first: false)
        buffer.string(kind)
        buffer.field("start", first: false)
        buffer.integer(start)
        buffer.closeRecord()
    }
}

extension JSONDocument.Anchor: JSONRecord {
    func writeJSON(to buffer: inout JSONBuffer, depth: Int) {
        buffer.openRecord()
        buffer.field("column", first: true)
        buffer.integer(column)
        buffer.field("line", first: false)
        buffer.integer(line)
        buffer.field("offset", first: false)
        buffer.integer(offset)
        buffer.field("verbatim", first: false)
        buffer.bool(verbatim)
        buffer.closeRecord()
    }
}

extension JSONCounts: JSONRecord {
    func writeJSON(to buffer: inout JSONBuffer, depth: Int) {
        buffer.openRecord()
        buffer.field("error", first: true)
        buffer.integer(error)
        buffer.field("info", first: false)
        buffer.integer(info)
        buffer.field("total", first: false)
        buffer.integer(total)
        buffer.field("warning", first: false)
        buffer.integer(warning)
        buffer.closeRecord()
    }
}
