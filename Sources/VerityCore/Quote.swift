/// A statement the article attributes to someone, or a passage in quotation marks.
public struct Quote: Hashable, Sendable, Codable {
    /// How the article reports the statement.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Words in quotation marks given as the speaker's own.
        case direct
        /// A quoted fragment inside reported speech (`described it as "expansive"`).
        case mixed
        /// Reported speech without quotation marks (`X said that …`, `according to X, …`).
        case indirect
        /// Quoted words with no speaker: kept for the rules to judge.
        case scare
    }

    /// The content said, without its quotation marks.
    public var range: TextRange
    /// How the statement is reported.
    public var kind: Kind
    /// The verb or phrase that attributes it (`said`, `according to`), if any.
    public var cue: TextRange?
    /// The speaker as this sentence mentions them (a pronoun if the sentence uses one).
    public var speaker: SpeakerMention?
    /// Index of the sentence the quote starts in.
    public var sentenceIndex: Int

    public init(
        range: TextRange, kind: Kind, cue: TextRange? = nil, speaker: SpeakerMention? = nil,
        sentenceIndex: Int
    ) {
        self.range = range
        self.kind = kind
        self.cue = cue
        self.speaker = speaker
        self.sentenceIndex = sentenceIndex
    }
}

/// A mention of a speaker in the text, tied to the entity it refers to.
public struct SpeakerMention: Hashable, Sendable, Codable {
    /// The mention's words in the body.
    public var range: TextRange
    /// Index into `DocumentAnalysis.speakers` of the entity mentioned, when resolved.
    public var entity: Int?

    public init(range: TextRange, entity: Int? = nil) {
        self.range = range
        self.entity = entity
    }
}
