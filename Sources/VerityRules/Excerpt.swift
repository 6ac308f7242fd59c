import VerityCore

/// Short excerpts of article text for messages.
enum Excerpt {
    /// The most characters an excerpt keeps before it is cut with "…".
    static let limit = 60

    /// The text of `range`, cut to `limit` characters at a word boundary.
    static func of(_ range: TextRange, in document: Document) -> String {
        let text = document.text(in: TextRange(range.start, min(range.end, range.start + limit * 2)))
        guard text.count > limit || range.length > limit * 2 else { return text }
        let cut = text.prefix(limit)
        let boundary = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return boundary + "…"
    }
}

extension Speaker.Kind {
    /// How messages name this kind of source.
    var readableName: String {
        switch self {
        case .namedPerson: "named person"
        case .unnamedIndividual: "unnamed individual"
        case .anonymousGroup: "anonymous group"
        case .organisation: "organisation"
        case .state: "state body"
        case .media: "news outlet"
        }
    }
}
