/// Maps offsets in a document's body back to where the words stand in the source file.
///
/// Readers record an anchor where a run of body text begins (an HTML text node, a Markdown line);
/// an offset maps to its nearest anchor at or before it, plus the distance from that anchor when
/// the run is contiguous in the source.
public struct SourceMap: Hashable, Sendable {
    /// A body offset whose position in the source file is known.
    public struct Anchor: Hashable, Sendable {
        /// Offset in the document body (Unicode scalars).
        public var textOffset: Int
        /// Where that offset's scalar stands in the source file.
        public var location: SourceLocation
        /// Whether the following body text is copied verbatim from the source line, so that
        /// columns can be advanced by the distance from the anchor.
        public var isVerbatim: Bool

        public init(textOffset: Int, location: SourceLocation, isVerbatim: Bool) {
            self.textOffset = textOffset
            self.location = location
            self.isVerbatim = isVerbatim
        }
    }

    /// Anchors sorted by `textOffset`.
    public private(set) var anchors: [Anchor]

    public init(anchors: [Anchor] = []) {
        self.anchors = anchors.sorted { $0.textOffset < $1.textOffset }
    }

    /// Whether nothing maps back to the source.
    public var isEmpty: Bool { anchors.isEmpty }

    /// Adds an anchor; anchors must be appended in body order.
    public mutating func append(_ anchor: Anchor) {
        if let last = anchors.last, last.textOffset > anchor.textOffset {
            anchors.append(anchor)
            anchors.sort { $0.textOffset < $1.textOffset }
        } else {
            anchors.append(anchor)
        }
    }

    /// The source location of a body offset, or nil when no anchor precedes it.
    public func sourceLocation(of offset: Int) -> SourceLocation? {
        var low = 0
        var high = anchors.count
        while low < high {
            let mid = (low + high) / 2
            if anchors[mid].textOffset <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return nil }
        let anchor = anchors[low - 1]
        guard anchor.isVerbatim else { return anchor.location }
        return SourceLocation(
            line: anchor.location.line,
            column: anchor.location.column + (offset - anchor.textOffset))
    }
}
