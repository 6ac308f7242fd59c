/// Readability's class weight: +25 when an element's `class` or `id` names article content,
/// -25 when it names page furniture, for each of the two attributes.
struct ClassWeight: Sendable {
    /// The weight of the element at `index`, from -50 to 50.
    func weight(of index: Int, in tree: PageTree) -> Double {
        var weight = 0.0
        for name in [tree.attribute(.class, of: index), tree.attribute(.id, of: index)] {
            guard let value = name?.lowercased(), !value.isEmpty else { continue }
            if Self.negative.contains(where: { value.containsBytes($0) }) { weight -= 25 }
            if Self.positive.contains(where: { value.containsBytes($0) }) { weight += 25 }
        }
        return weight
    }

    private static let negative = [
        "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footer", "footnote",
        "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
        "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget",
        "teaser", "newsletter", "social", "advert",
    ]

    private static let positive = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination",
        "post", "text", "blog", "story", "artikel", "beitrag", "inhalt",
    ]
}
