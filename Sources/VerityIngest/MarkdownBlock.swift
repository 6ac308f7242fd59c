import VerityCore

/// A block of a Markdown source before inline markup is removed: its kind and the source
/// scalars of each of its lines.
struct MarkdownBlock {
    /// What the block is in the Markdown structure.
    enum Kind: Equatable {
        case paragraph, heading(level: Int), blockquote, listItem, code
    }

    var kind: Kind
    /// Blockquote nesting depth of the block's first line.
    var quoteDepth: Int
    /// For each line, its zero-based line number and the range of source scalars it contributes.
    var segments: [(line: Int, range: Range<Int>)] = []

    /// The document block kind this Markdown block becomes.
    var blockKind: Block.Kind {
        switch kind {
        case .heading: .heading
        case .blockquote: .blockquote
        case .listItem: .listItem
        case .paragraph, .code: quoteDepth > 0 ? .blockquote : .paragraph
        }
    }

    /// The block's lines joined by "\n", with a map from every scalar back to its source location.
    func inlineSource(in source: SourceText) -> InlineSource {
        var inline = InlineSource()
        for (position, segment) in segments.enumerated() {
            if position > 0 { inline.scalars.append("\n") }
            inline.segmentStarts.append(inline.scalars.count)
            inline.segmentLocations.append(
                source.location(of: segment.range.lowerBound, onLine: segment.line))
            inline.scalars.append(contentsOf: source.scalars[segment.range])
            inline.segmentEnds.append(inline.scalars.count)
        }
        return inline
    }
}

/// The scalars of one block's lines, joined by "\n", and where each stands in the source.
struct InlineSource {
    var scalars: [Unicode.Scalar] = []
    var segmentStarts: [Int] = []
    var segmentEnds: [Int] = []
    var segmentLocations: [SourceLocation] = []

    /// The source location of scalar `index`; nil for the "\n" that joins two lines.
    func location(of index: Int) -> SourceLocation? {
        var low = 0
        var high = segmentStarts.count
        while low + 1 < high {
            let mid = (low + high) / 2
            if segmentStarts[mid] <= index { low = mid } else { high = mid }
        }
        guard segmentStarts.indices.contains(low), index >= segmentStarts[low], index < segmentEnds[low]
        else { return nil }
        let start = segmentLocations[low]
        return SourceLocation(line: start.line, column: start.column + index - segmentStarts[low])
    }
}
