import VerityCore

/// A quote in the JSON report; `speaker.entity` and `sentence` are indices into the document's
/// `speakers` and `sentences`.
struct JSONQuote: Encodable {
    struct Mention: Encodable {
        var range: JSONRange
        var entity: Int?
        var text: String
    }

    var kind: String
    var range: JSONRange
    var text: String
    var cue: JSONRange?
    var cueText: String?
    var speaker: Mention?
    var sentence: Int

    enum CodingKeys: String, CodingKey {
        case kind, range, text, cue, cueText = "cue_text", speaker, sentence
    }

    init(_ quote: Quote, in document: Document) {
        kind = quote.kind.rawValue
        range = JSONRange(quote.range, in: document)
        text = document.text(in: quote.range)
        cue = quote.cue.map { JSONRange($0, in: document) }
        cueText = quote.cue.map { document.text(in: $0) }
        speaker = quote.speaker.map {
            Mention(range: JSONRange($0.range, in: document), entity: $0.entity, text: document.text(in: $0.range))
        }
        sentence = quote.sentenceIndex
    }
}

/// A speaker entity in the JSON report, with every mention.
struct JSONSpeaker: Encodable {
    var name: String
    var kind: String
    var roles: [String]
    var affiliations: [String]
    var mentions: [JSONRange]

    init(_ speaker: Speaker, in document: Document) {
        name = speaker.name
        kind = speaker.kind.rawValue
        roles = speaker.roles
        affiliations = speaker.affiliations
        mentions = speaker.mentions.map { JSONRange($0, in: document) }
    }
}

/// A claim in the JSON report; `source.quote` and `source.speaker` index the document's arrays.
struct JSONClaim: Encodable {
    struct Source: Encodable {
        var type: String
        var quote: Int?
        var speaker: Int?
    }

    struct Signal: Encodable {
        var kind: String
        var range: JSONRange
    }

    var range: JSONRange
    var text: String
    var sentence: Int
    var source: Source
    var sourceKind: String?
    var hedged: Bool
    var hedges: [JSONRange]
    var signals: [Signal]
    var checkworthiness: Double
    var interestedParty: Bool

    enum CodingKeys: String, CodingKey {
        case range, text, sentence, source, sourceKind = "source_kind", hedged, hedges, signals
        case checkworthiness, interestedParty = "interested_party"
    }

    init(_ claim: Claim, in document: Document) {
        range = JSONRange(claim.range, in: document)
        text = document.text(in: claim.range)
        sentence = claim.sentenceIndex
        switch claim.source {
        case .article: source = Source(type: "article")
        case .speaker(let quote, let speaker): source = Source(type: "speaker", quote: quote, speaker: speaker)
        }
        sourceKind = claim.sourceKind?.rawValue
        hedged = !claim.hedges.isEmpty
        hedges = claim.hedges.map { JSONRange($0, in: document) }
        signals = claim.signals.map { Signal(kind: $0.kind.rawValue, range: JSONRange($0.range, in: document)) }
        checkworthiness = claim.checkworthiness.isFinite ? min(max(claim.checkworthiness, 0), 1) : 0
        interestedParty = claim.isInterestedParty
    }
}

/// A finding in the JSON report: the rule's id and level, the message, the matched words with
/// their body range and, when the source map knows it, their position in the source file.
struct JSONFinding: Encodable {
    var rule: String
    var family: String
    var level: String
    var message: String
    var range: JSONRange
    var text: String
    var sourceLocation: JSONLocation?
    var sentence: Int?
    var quote: Int?
    var claim: Int?
    var speaker: Int?

    enum CodingKeys: String, CodingKey {
        case rule, family, level, message, range, text, sourceLocation = "source_location"
        case sentence, quote, claim, speaker
    }

    init(_ finding: Finding, in result: AuditResult) {
        let document = result.document
        rule = finding.ruleID
        family = result.rule(for: finding).family
        level = finding.level.rawValue
        message = finding.message
        range = JSONRange(finding.range, in: document)
        text = document.text(in: finding.range)
        sourceLocation = document.sourceMap.sourceLocation(of: finding.range.start).map(JSONLocation.init)
        sentence = finding.sentenceIndex
        quote = finding.quoteIndex
        claim = finding.claimIndex
        speaker = finding.speakerIndex
    }
}
