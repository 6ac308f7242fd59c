import VerityCore

/// Builds a document body block by block, joining blocks with blank lines and recording a
/// source-map anchor wherever the copied text stops being contiguous in the source.
struct BodyBuilder {
    private(set) var scalars: [Unicode.Scalar] = []
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
        scalars.append(contentsOf: run)
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
            id: id, source: source, format: format, metadata: metadata, text: text,
            blocks: blocks, sourceMap: sourceMap)
        document.comments = comments
        return document
    }

    /// The body as a string, built in one pass over UTF-8 (appending to a string scalar by
    /// scalar copies it on some toolchains).
    var text: String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count)
        for scalar in scalars {
            if scalar.isASCII { utf8.append(UInt8(truncatingIfNeeded: scalar.value)) } else {
                utf8.append(contentsOf: scalar.utf8)
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    private mutating func openBlockIfNeeded() {
        guard blockStart == nil else { return }
        if !blocks.isEmpty {
            scalars.append(contentsOf: ["\n", "\n"])
            count += 2
        }
        blockStart = count
        expected = nil
    }
}
