import VerityCore

/// A block of body text as the walk over the page produced it, before filtering; offsets are
/// Unicode scalars from the start of the block.
struct RawBlock: Sendable {
    /// What the block is.
    var kind: Block.Kind
    /// The element that opened the block.
    var element: HTMLTag
    /// Collapsed text.
    var text: String
    /// Length of `text` in Unicode scalars.
    var length: Int
    /// Non-space characters inside links.
    var linkChars: Int
    /// Non-space characters.
    var visibleChars: Int
    /// Source lines where runs of the block's text begin.
    var anchors: [(offset: Int, line: Int)]

    /// Share of visible characters that sit inside links.
    var linkDensity: Double { visibleChars > 0 ? Double(linkChars) / Double(visibleChars) : 0 }
}

/// A comment met while walking the body: it stands before block number `block` (counting the
/// non-empty blocks produced so far) at `offset` inside it.
struct RawComment: Sendable {
    /// The comment's trimmed text.
    var text: String
    /// Index of the block the comment stands in or before.
    var block: Int
    /// Offset inside that block.
    var offset: Int
    /// Source line of the comment, 0 when unknown.
    var line: Int
}
