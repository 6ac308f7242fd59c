/// A structural unit of the article body.
public struct Block: Hashable, Sendable, Codable {
    /// What the block is in the article's structure.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case paragraph, heading, blockquote, listItem = "list_item", caption
    }

    /// What the block is.
    public var kind: Kind
    /// The block's text in the document, without the blank lines that separate blocks.
    public var range: TextRange

    public init(kind: Kind, range: TextRange) {
        self.kind = kind
        self.range = range
    }
}
