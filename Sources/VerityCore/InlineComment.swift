/// A comment the author left in the source (`<!-- … -->` in HTML or Markdown), kept because
/// comments can carry directives such as rule suppressions.
public struct InlineComment: Hashable, Sendable, Codable {
    /// The comment's text without its delimiters, trimmed.
    public var text: String
    /// The body offset where the comment stood: the start of the text that follows it.
    public var offset: Int
    /// Where the comment stands in the source file.
    public var location: SourceLocation?

    public init(text: String, offset: Int, location: SourceLocation? = nil) {
        self.text = text
        self.offset = offset
        self.location = location
    }
}
