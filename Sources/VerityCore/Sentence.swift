/// A sentence of the body.
public struct Sentence: Hashable, Sendable, Codable {
    /// The sentence's text, trimmed of surrounding white space.
    public var range: TextRange
    /// Index of the block the sentence belongs to.
    public var blockIndex: Int
    /// The sentence's tokens, as indices into `DocumentAnalysis.tokens` (half-open).
    public var tokens: Range<Int>

    public init(range: TextRange, blockIndex: Int, tokens: Range<Int>) {
        self.range = range
        self.blockIndex = blockIndex
        self.tokens = tokens
    }
}
