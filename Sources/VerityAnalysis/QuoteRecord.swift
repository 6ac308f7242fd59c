import VerityCore

/// One article's quotes and speakers in the JSON Lines schema of the quote scorer:
/// `{"id", "quotes": [{start, end, text, kind, speaker{start,end,text,entity}, cue{start,end,text}}],
/// "speakers": [...], "scare": [...]}`, offsets in Unicode scalars, end exclusive.
public struct QuoteRecord: Encodable, Sendable {
    /// A span of the body with its text.
    public struct Span: Encodable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        /// Index into `speakers` of the entity a speaker mention refers to.
        public var entity: Int?
    }

    /// An attributed statement (direct, mixed or indirect).
    public struct Item: Encodable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        public var kind: String
        public var speaker: Span?
        public var cue: Span?
    }

    /// A speaker entity.
    public struct Entity: Encodable, Sendable {
        public var name: String
        public var kind: String
        public var roles: [String]
        public var affiliations: [String]
        public var mentions: [Span]
    }

    public var id: String
    public var quotes: [Item]
    public var speakers: [Entity]
    /// Quoted words with no speaker (scare quotes), kept apart from attributed quotes.
    public var scare: [Span]

    /// The record of `analysis`; `offset` maps body offsets to the caller's text (identity by default).
    public init(analysis: DocumentAnalysis, offset: (Int) -> Int = { $0 }) {
        let document = analysis.document
        func span(_ range: TextRange, entity: Int? = nil) -> Span {
            Span(start: offset(range.start), end: offset(range.end), text: document.text(in: range), entity: entity)
        }
        id = document.id
        quotes = analysis.quotes.filter { $0.kind != .scare }.map { quote in
            Item(
                start: offset(quote.range.start), end: offset(quote.range.end), text: document.text(in: quote.range),
                kind: quote.kind.rawValue, speaker: quote.speaker.map { span($0.range, entity: $0.entity) },
                cue: quote.cue.map { span($0) })
        }
        speakers = analysis.speakers.map { speaker in
            Entity(
                name: speaker.name, kind: speaker.kind.rawValue, roles: speaker.roles,
                affiliations: speaker.affiliations, mentions: speaker.mentions.map { span($0) })
        }
        scare = analysis.quotes.filter { $0.kind == .scare }.map { span($0.range) }
    }
}
