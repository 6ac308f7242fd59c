import VerityCore

/// One article's claims as JSON: `{"id", "claims": [{start, end, text, source, source_kind,
/// speaker, hedges, signals, checkworthiness, interested_party}]}`, offsets in Unicode scalars,
/// end exclusive.
public struct ClaimRecord: Encodable, Sendable {
    /// A span of the body with its text (and, for signals, the signal's kind).
    public struct Span: Encodable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        public var kind: String?
    }

    /// One claim.
    public struct Item: Encodable, Sendable {
        public var start: Int
        public var end: Int
        public var text: String
        /// `article` for the article's own voice, else `speaker`.
        public var source: String
        /// The speaker's kind (`named_person`, `state`, …), nil for the article's voice.
        public var sourceKind: String?
        /// The speaker's name when the quote's speaker was resolved.
        public var speaker: String?
        public var hedges: [Span]
        public var signals: [Span]
        /// Check-worthiness from 0 to 1.
        public var checkworthiness: Double
        public var interestedParty: Bool
        /// Why the source is an interested party (`names its own side (Russia)`), nil when it is not.
        public var interest: String?

        enum CodingKeys: String, CodingKey {
            case start, end, text, source, speaker, hedges, signals, checkworthiness, interest
            case sourceKind = "source_kind"
            case interestedParty = "interested_party"
        }
    }

    public var id: String
    public var claims: [Item]

    /// The record of `analysis`'s claims.
    public init(analysis: DocumentAnalysis) {
        let document = analysis.document
        func span(_ range: TextRange, kind: String? = nil) -> Span {
            Span(start: range.start, end: range.end, text: document.text(in: range), kind: kind)
        }
        id = document.id
        claims = analysis.claims.map { claim in
            var speaker: String?
            if case .speaker(_, let entity?) = claim.source, analysis.speakers.indices.contains(entity) {
                speaker = analysis.speakers[entity].name
            }
            return Item(
                start: claim.range.start, end: claim.range.end, text: document.text(in: claim.range),
                source: claim.source == .article ? "article" : "speaker", sourceKind: claim.sourceKind?.rawValue,
                speaker: speaker, hedges: claim.hedges.map { span($0) },
                signals: claim.signals.map { span($0.range, kind: $0.kind.rawValue) },
                checkworthiness: claim.checkworthiness, interestedParty: claim.isInterestedParty,
                interest: claim.interest?.explanation)
        }
    }
}
