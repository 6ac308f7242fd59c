import VerityCore

/// Short excerpts of article text for messages.
enum Excerpt {
    /// The most characters an excerpt keeps before it is cut with "…".
    static let limit = 60

    /// The text of `range`, cut to `limit` characters at a word boundary.
    static func of(_ range: TextRange, in context: RuleContext) -> String {
        if let excerpt = asciiExcerpt(range, in: context) { return excerpt }
        return cut(context.document.text(in: TextRange(range.start, min(range.end, range.start + limit * 2))), length: range.length)
    }

    /// `text`, the first scalars (at most `2 × limit`) of a range `length` scalars long, cut to
    /// `limit` characters at a word boundary.
    static func cut(_ text: String, length: Int) -> String {
        // No more scalars than `limit` means no more characters: nothing to count or cut.
        guard length > limit, text.count > limit || length > limit * 2 else { return text }
        let cut = text.prefix(limit)
        let boundary = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return boundary + "…"
    }

    /// The excerpt of a range whose first `2 × limit` scalars, more than `limit`, are ASCII
    /// without CR: a character is then a scalar, so the cut is found without counting
    /// characters; nil for any other range.
    static func asciiExcerpt(_ range: TextRange, in context: RuleContext) -> String? {
        let end = min(range.end, range.start + limit * 2, context.scalars.count)
        guard range.start >= 0, end - range.start > limit,
            context.scalars[range.start..<end].allSatisfy({ $0.isASCII && $0 != "\r" })
        else { return nil }
        let cut = range.start + limit
        let boundary = (range.start..<cut).last { context.scalars[$0] == " " } ?? cut
        return context.document.text(in: TextRange(range.start, boundary)) + "…"
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
