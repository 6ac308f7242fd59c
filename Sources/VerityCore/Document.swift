/// An article as Verity reads it: metadata, the body text, its blocks, and where it came from.
///
/// The body is the blocks' text joined by blank lines ("\n\n"). Every later stage refers to it by
/// `TextRange`s of Unicode-scalar offsets; `scalars` gives O(1) access to those offsets.
public struct Document: Sendable {
    /// Stable identifier: the file stem, or the `id` of a JSON Lines record.
    public var id: String
    /// Where the article came from: a path, a URL, or `-` for standard input.
    public var source: String
    /// The format the article was read from.
    public var format: SourceFormat
    /// Title, authors, outlet, date, canonical URL and language.
    public var metadata: ArticleMetadata
    /// The article body, blocks joined by blank lines.
    public let text: String
    /// The body as Unicode scalars, indexed by the offsets every `TextRange` uses.
    public let scalars: [Unicode.Scalar]
    /// The body's blocks in reading order, sorted by start, not overlapping.
    public var blocks: [Block]
    /// Maps body offsets back to lines and columns of the source file.
    public var sourceMap: SourceMap
    /// Line starts of `text`, for line/column of any offset in the body.
    public let lines: LineIndex
    /// Comments found in the source, in body order (suppression directives live here).
    public var comments: [InlineComment] = []

    public init(
        id: String, source: String, format: SourceFormat, metadata: ArticleMetadata = .init(),
        text: String, blocks: [Block], sourceMap: SourceMap = .init()
    ) {
        self.id = id
        self.source = source
        self.format = format
        self.metadata = metadata
        self.text = text
        self.scalars = Array(text.unicodeScalars)
        self.blocks = blocks
        self.sourceMap = sourceMap
        self.lines = LineIndex(scalars: scalars)
    }

    /// Builds a document from blocks of text, joining them with blank lines and recording ranges.
    public init(
        id: String, source: String, format: SourceFormat, metadata: ArticleMetadata = .init(),
        blockTexts: [(kind: Block.Kind, text: String)], sourceMap: SourceMap = .init()
    ) {
        var text = ""
        var blocks: [Block] = []
        var offset = 0
        for (kind, blockText) in blockTexts where !blockText.isEmpty {
            if !blocks.isEmpty {
                text += "\n\n"
                offset += 2
            }
            let length = blockText.unicodeScalars.count
            blocks.append(Block(kind: kind, range: TextRange(offset, offset + length)))
            text += blockText
            offset += length
        }
        self.init(
            id: id, source: source, format: format, metadata: metadata,
            text: text, blocks: blocks, sourceMap: sourceMap)
    }

    /// The whole body as a range.
    public var fullRange: TextRange { TextRange(0, scalars.count) }

    /// The text covered by `range`, clamped to the body.
    public func text(in range: TextRange) -> String {
        let lower = min(max(0, range.start), scalars.count)
        let upper = min(max(lower, range.end), scalars.count)
        guard lower < upper else { return "" }
        // Built through UTF-8 bytes: several times faster than appending scalars to a view, which
        // matters when rules and reports cut thousands of pieces.
        var bytes: [UInt8] = []
        bytes.reserveCapacity((upper - lower) * 2)
        for scalar in scalars[lower..<upper] {
            if scalar.isASCII {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The index of the block that contains `offset`, or nil when it falls between blocks.
    public func blockIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if blocks[mid].range.end <= offset { low = mid + 1 } else { high = mid }
        }
        guard low < blocks.count, blocks[low].range.start <= offset else { return nil }
        return low
    }
}
