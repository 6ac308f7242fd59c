import VerityCore

/// Builds a document body block by block, joining blocks with blank lines and recording a
/// source-map anchor wherever the copied text stops being contiguous in the source.
struct BodyBuilder {
    private(set) var text = String.UnicodeScalarView()
    /// Scalars written so far.
    private(set) var count = 0
    private(set) var blocks: [Block] = []
    private(set) var sourceMap = SourceMap()
    private var blockStart: Int?
    /// Where the next scalar would stand if it continued the last verbatim run.
    private var expected: SourceLocation?

    /// The offset the next block will start at.
    var nextBlockStart: Int { blocks.isEmpty ? count : count + 2 }

    /// Appends `run`, copied verbatim from `location` onwards (nil for text the reader made up).
    mutating func append<Run: Collection<Unicode.Scalar>>(_ run: Run, at location: SourceLocation?) {
        guard !run.isEmpty else { return }
        openBlockIfNeeded()
        if let location, location != expected {
            sourceMap.append(.init(textOffset: count, location: location, isVerbatim: true))
        }
        let length = run.count
        text.append(contentsOf: run)
        count += length
        expected = location.map { SourceLocation(line: $0.line, column: $0.column + length) }
    }

    /// Closes the current block as `kind`; does nothing when nothing was appended since the last.
    mutating func endBlock(_ kind: Block.Kind) {
        guard let start = blockStart else { return }
        blocks.append(Block(kind: kind, range: TextRange(start, count)))
        blockStart = nil
    }

    /// The finished document.
    func document(
        id: String, source: String, format: SourceFormat, metadata: ArticleMetadata,
        comments: [InlineComment] = []
    ) -> Document {
        var document = Document(
            id: id, source: source, format: format, metadata: metadata, text: String(text),
            blocks: blocks, sourceMap: sourceMap)
        document.comments = comments
        return document
    }

    private mutating func openBlockIfNeeded() {
        guard blockStart == nil else { return }
        if !blocks.isEmpty {
            text.append(contentsOf: "\n\n".unicodeScalars)
            count += 2
        }
        blockStart = count
        expected = nil
    }
}
