import VerityCore

/// A cue with its speaker and the content it attributes, in token indices of one `TextView`.
struct Attribution {
    /// The cue's tokens (`said`, `according to`).
    var cue: ClosedRange<Int>
    /// The speaker mention's tokens.
    var speaker: ClosedRange<Int>
    /// An apposition describing the speaker (`head of the … Base`), when the text gives one.
    var apposition: ClosedRange<Int>?
    /// The sentence the cue is in.
    var sentence: Int
    /// The attributed content in scalar offsets, once found.
    var content: TextRange?
    /// Whether the speaker is the subject of an earlier verb (`X said …, arguing …`), so the
    /// speaker phrase does not stand next to the cue.
    var sharesSubject = false
    /// Whether the cue names a label as the speaker's own (`what they call X`): the content is
    /// the label alone.
    var isLabel = false
    /// How the content is reported.
    var kind: Quote.Kind = .indirect
}
