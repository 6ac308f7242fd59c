/// What a page or front matter says about an article, apart from its body.
public struct ArticleMetadata: Hashable, Sendable, Codable {
    /// The headline, with any site name stripped.
    public var title: String?
    /// Author names in byline order.
    public var authors: [String]
    /// The publishing outlet or site name.
    public var outlet: String?
    /// Publication date as ISO 8601 (`2025-07-21` or `2025-07-21T09:30:00Z`).
    public var published: String?
    /// Canonical URL of the article.
    public var url: String?
    /// BCP 47 language tag, when the page declares one.
    public var language: String?

    public init(
        title: String? = nil, authors: [String] = [], outlet: String? = nil,
        published: String? = nil, url: String? = nil, language: String? = nil
    ) {
        self.title = title
        self.authors = authors
        self.outlet = outlet
        self.published = published
        self.url = url
        self.language = language
    }

    /// Authors joined for display ("A and B", "A, B and C"), or nil when there are none.
    public var byline: String? {
        switch authors.count {
        case 0: nil
        case 1: authors[0]
        default: authors.dropLast().joined(separator: ", ") + " and " + authors[authors.count - 1]
        }
    }

    /// Fills every field that is still empty from `other`; fields already set win.
    public mutating func fillGaps(from other: ArticleMetadata) {
        if title == nil { title = other.title }
        if authors.isEmpty { authors = other.authors }
        if outlet == nil { outlet = other.outlet }
        if published == nil { published = other.published }
        if url == nil { url = other.url }
        if language == nil { language = other.language }
    }
}
