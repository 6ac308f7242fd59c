import VerityCore

/// The lines of a document's blocks: a block's text split at line breaks, trimmed, blank lines
/// dropped. Headlines and list lines joined into one block by a reader stay apart this way.
struct LineSegment {
    /// The line's text without surrounding white space.
    var range: TextRange
    /// Index of the block the line belongs to.
    var blockIndex: Int

    /// The lines of every block of `document`, in order.
    static func lines(of document: Document) -> [LineSegment] {
        let scalars = document.scalars
        var lines: [LineSegment] = []
        lines.reserveCapacity(document.blocks.count)
        for (blockIndex, block) in document.blocks.enumerated() {
            var start = block.range.start
            var index = block.range.start
            while index <= block.range.end {
                if index == block.range.end || scalars[index] == "\n" {
                    var lower = start
                    var upper = index
                    while lower < upper, scalars[lower].isSpace { lower += 1 }
                    while upper > lower, scalars[upper - 1].isSpace { upper -= 1 }
                    if lower < upper { lines.append(LineSegment(range: TextRange(lower, upper), blockIndex: blockIndex)) }
                    start = index + 1
                }
                index += 1
            }
        }
        return lines
    }
}
