import Verity

/// One article as a line of `verity read --format json`: metadata, body and blocks; absent
/// metadata is written as null so every line has the same keys.
struct ArticleRecord: Encodable {
    /// A block with its kind and offsets (Unicode scalars, end exclusive).
    struct BlockRecord: Encodable {
        var kind: String
        var start: Int
        var end: Int
    }

    /// A comment left in the source, at a body offset.
    struct CommentRecord: Encodable {
        var text: String
        var offset: Int
    }

    var id: String
    var source: String
    var format: String
    var title: String?
    var author: String?
    var authors: [String]
    var date: String?
    var outlet: String?
    var url: String?
    var language: String?
    var body: String
    var blocks: [BlockRecord]
    var comments: [CommentRecord]

    init(_ document: Document) {
        id = document.id
        source = document.source
        format = document.format.rawValue
        title = document.metadata.title
        author = document.metadata.byline
        authors = document.metadata.authors
        date = document.metadata.published
        outlet = document.metadata.outlet
        url = document.metadata.url
        language = document.metadata.language
        body = document.text
        blocks = document.blocks.map { BlockRecord(kind: $0.kind.rawValue, start: $0.range.start, end: $0.range.end) }
        comments = document.comments.map { CommentRecord(text: $0.text, offset: $0.offset) }
    }

    enum CodingKeys: String, CodingKey {
        case id, source, format, title, author, authors, date, outlet, url, language, body, blocks, comments
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(format, forKey: .format)
        try container.encode(title, forKey: .title)
        try container.encode(author, forKey: .author)
        try container.encode(authors, forKey: .authors)
        try container.encode(date, forKey: .date)
        try container.encode(outlet, forKey: .outlet)
        try container.encode(url, forKey: .url)
        try container.encode(language, forKey: .language)
        try container.encode(body, forKey: .body)
        try container.encode(blocks, forKey: .blocks)
        try container.encode(comments, forKey: .comments)
    }
}

/// The line written for an article that could not be read: `{"error", "id", "source"}`.
struct ErrorRecord: Encodable {
    var id: String
    var source: String
    var error: String

    init(id: String, source: String, error: ReadError) {
        self.id = id
        self.source = source
        self.error = error.description
    }
}
