import VerityCore

/// Places a body range in a SARIF log: in the source file through the document's source map, and
/// in the extracted body with character offsets.
struct SARIFLocator {
    let result: AuditResult
    /// Index in `run.artifacts` of the document's source file.
    let sourceIndex: Int
    /// Index in `run.artifacts` of the extracted body.
    let bodyIndex: Int
    /// The source's artifact URI, computed once per document.
    let uri: ArtifactURI

    init(result: AuditResult, sourceIndex: Int, bodyIndex: Int) {
        self.result = result
        self.sourceIndex = sourceIndex
        self.bodyIndex = bodyIndex
        uri = ArtifactURI(source: result.document.source)
    }

    private var document: Document { result.document }

    /// The location code-scanning tools show: the source file, at the mapped position.
    func primaryLocation(of range: TextRange) -> SARIFLog.Location {
        let artifact = SARIFLog.ArtifactLocation(uri: uri.uri, uriBaseId: uri.baseID, index: sourceIndex)
        let region = sourceRegion(of: range) ?? bodyRegion(of: range)
        return SARIFLog.Location(physicalLocation: .init(artifactLocation: artifact, region: region))
    }

    /// The position in the extracted body, when the primary location is in a different text.
    func bodyLocation(of range: TextRange) -> SARIFLog.Location? {
        guard sourceRegion(of: range) != nil else { return nil }
        return SARIFLog.Location(
            id: 1, message: .init(text: "The same words in the article body Verity extracted."),
            physicalLocation: .init(artifactLocation: .init(index: bodyIndex), region: bodyRegion(of: range)))
    }

    /// Lines and columns in the body (end exclusive), with character offset and length.
    func bodyRegion(of range: TextRange) -> SARIFLog.Region {
        let start = document.lines.location(of: range.start)
        let end = document.lines.location(of: range.end)
        return SARIFLog.Region(
            startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column,
            charOffset: range.start, charLength: range.length, snippet: .init(text: document.text(in: range)))
    }

    /// Lines and columns in the source file, or nil when the document has no source map.
    ///
    /// An offset before the first anchor takes the first anchor's position; the end is the
    /// position after the range's last scalar, never before the start.
    func sourceRegion(of range: TextRange) -> SARIFLog.Region? {
        let map = document.sourceMap
        guard let first = map.anchors.first?.location else { return nil }
        let start = map.sourceLocation(of: range.start) ?? first
        var end = start
        if !range.isEmpty, let last = map.sourceLocation(of: range.end - 1) {
            let candidate = SourceLocation(line: last.line, column: last.column + 1)
            if (candidate.line, candidate.column) > (start.line, start.column) { end = candidate }
        }
        return SARIFLog.Region(
            startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column,
            snippet: .init(text: document.text(in: range)))
    }
}
