import VerityCore

/// The body of one page: its kept blocks, with the source map and comments placed at body
/// offsets (blocks joined by blank lines, as `Document` joins them).
struct ArticleBody: Sendable {
    /// Kept blocks in reading order.
    var blocks: [RawBlock] = []
    /// Anchors from body offsets to page lines.
    var sourceMap = SourceMap()
    /// Comments inside the body, at the offsets where they stood.
    var comments: [InlineComment] = []
    /// Length of the joined body in Unicode scalars.
    var length = 0

    /// Extracts the body of `tree` with `filter` deciding what is chrome; `title` is the headline.
    init(tree: PageTree, filter: ChromeFilter, title: String?) {
        let selection = ContentExtractor().select(in: tree, filter: filter)
        var builder = BlockBuilder(tree: tree, metrics: selection.metrics)
        for root in selection.roots { builder.walk(root) }
        let kept = BlockFilter(title: title).kept(builder.blocks)
        var starts: [Int: Int] = [:]
        var offset = 0
        for index in kept {
            let block = builder.blocks[index]
            if !blocks.isEmpty { offset += 2 }
            starts[index] = offset
            for anchor in block.anchors {
                sourceMap.append(SourceMap.Anchor(
                    textOffset: offset + anchor.offset,
                    location: SourceLocation(line: max(1, anchor.line), column: 1), isVerbatim: false))
            }
            blocks.append(block)
            offset += block.length
        }
        length = offset
        comments = builder.comments.map { comment in
            let blockStart = kept.first { $0 >= comment.block }
            let position: Int
            if let blockStart, let start = starts[blockStart] {
                position = blockStart == comment.block ? start + min(comment.offset, builder.blocks[blockStart].length) : start
            } else {
                position = length
            }
            return InlineComment(
                text: comment.text, offset: position,
                location: comment.line > 0 ? SourceLocation(line: comment.line, column: 1) : nil)
        }
    }
}
