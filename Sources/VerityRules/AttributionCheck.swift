import VerityCore

/// Finds quotes and reported statements by how they are sourced (`kind: attribution`).
///
/// ```yaml
/// match:
///   quote_kinds: [direct, indirect]          # default: all kinds
///   speaker: present                         # present | missing | any
///   source_kinds: [unnamed_individual, anonymous_group]
///   min_words: 5                             # words in the quote
///   content_contains: [should, mistake]      # the quote holds one of these
///   cues: [admitted, insisted]               # the attributing verb is one of these
///   speaker_contains: [official, diplomat]   # the speaker mention holds one of these
/// ```
struct AttributionCheck: Check {
    static let scopes: [RuleScope] = [.quote, .speaker]
    static let variables = ["quote", "speaker", "cue", "source_kind", "words"]

    let scope: RuleScope
    let quoteKinds: KindSet<Quote.Kind>?
    let speaker: SpeakerRequirement
    let sourceKinds: KindSet<Speaker.Kind>?
    let minWords: Int
    let maxWords: Int
    let content: PhraseSet?
    let cues: PhraseSet?
    let speakerWords: PhraseSet?

    init(match: YAMLValue, scope: RuleScope, path: String) throws(RuleLoadError) {
        let fields = try YAMLMapping(
            match, path: path, allowedKeys: ["quote_kinds", "speaker", "source_kinds", "min_words", "max_words", "content_contains", "cues", "speaker_contains"],
            what: "'match' of an attribution check")
        self.scope = scope
        quoteKinds = try fields.enums("quote_kinds", as: Quote.Kind.self).map(KindSet.init)
        speaker = try fields.enums("speaker", as: SpeakerRequirement.self)?.first ?? .any
        sourceKinds = try fields.enums("source_kinds", as: Speaker.Kind.self).map(KindSet.init)
        minWords = Int(try fields.number("min_words") ?? 0)
        maxWords = Int(try fields.number("max_words") ?? Double(Int.max / 2))
        content = try fields.phrases("content_contains")
        cues = try fields.phrases("cues")
        speakerWords = try fields.phrases("speaker_contains")
        if scope == .speaker, speaker == .missing {
            throw fields.error("a speaker-scoped rule cannot ask for quotes with 'speaker: missing'")
        }
    }

    func matches(in context: RuleContext, starts: [Int]?) -> [CheckMatch] {
        let analysis = context.analysis
        var result: [CheckMatch] = []
        for (quoteIndex, quote) in analysis.quotes.enumerated() {
            guard let words = accepted(quote, in: context) else { continue }
            let entity = quote.speaker?.entity.flatMap { analysis.speakers.indices.contains($0) ? $0 : nil }
            var values = [
                "quote": Excerpt.of(quote.range, in: context),
                "speaker": quote.speaker.map { context.document.text(in: $0.range) } ?? "no one",
                "cue": quote.cue.map { context.document.text(in: $0) } ?? "",
                "words": String(words),
            ]
            values["source_kind"] = entity.map { analysis.speakers[$0].kind.readableName } ?? "unidentified source"
            let range = scope == .speaker ? (quote.speaker?.range ?? quote.range) : Self.trimmed(quote.range, in: context.document)
            result.append(CheckMatch(
                range: range, sentenceIndex: analysis.sentenceIndex(containing: range.start) ?? quote.sentenceIndex,
                quoteIndex: quoteIndex, speakerIndex: entity, values: values))
        }
        // Quotes come sorted, so matches mostly do too; a speaker mention may precede its quote's.
        let inOrder = zip(result, result.dropFirst()).allSatisfy { !($1.range < $0.range) }
        return inOrder ? result : result.sorted { $0.range < $1.range }
    }

    private func tokens(of range: TextRange, in context: RuleContext) -> Range<Int> {
        context.firstToken(startingAtOrAfter: range.start)..<context.firstToken(startingAtOrAfter: range.end)
    }

    /// `range` without the punctuation and spaces some quotes keep at their end (`…vote,`).
    static func trimmed(_ range: TextRange, in document: Document) -> TextRange {
        var end = range.end
        while end > range.start + 1, end <= document.scalars.count {
            let scalar = document.scalars[end - 1]
            guard scalar.properties.isWhitespace || ",.;:".unicodeScalars.contains(scalar) else { break }
            end -= 1
        }
        return TextRange(range.start, end)
    }

    /// The quote's word count when it passes every requirement, else nil.
    private func accepted(_ quote: Quote, in context: RuleContext) -> Int? {
        if let quoteKinds, !quoteKinds.contains(quote.kind) { return nil }
        switch speaker {
        case .present: if quote.speaker == nil { return nil }
        case .missing: if quote.speaker != nil { return nil }
        case .any: break
        }
        if scope == .speaker, quote.speaker == nil { return nil }
        if let sourceKinds {
            let speakers = context.analysis.speakers
            guard let entity = quote.speaker?.entity, speakers.indices.contains(entity),
                sourceKinds.contains(speakers[entity].kind)
            else { return nil }
        }
        let tokens = context.firstToken(startingAtOrAfter: quote.range.start)..<context.firstToken(startingAtOrAfter: quote.range.end)
        var words = 0
        for index in tokens where !context.classes[index].contains(.punctuation) { words += 1 }
        guard words >= minWords, words <= maxWords else { return nil }
        if let content, !content.occurs(context.keys, in: tokens) { return nil }
        if let speakerWords {
            guard let mention = quote.speaker, speakerWords.occurs(context.keys, in: self.tokens(of: mention.range, in: context)) else {
                return nil
            }
        }
        if let cues {
            guard let cue = quote.cue else { return nil }
            let cueTokens = context.firstToken(startingAtOrAfter: cue.start)..<context.firstToken(startingAtOrAfter: cue.end)
            guard cues.occurs(context.keys, in: cueTokens) else { return nil }
        }
        return words
    }
}
