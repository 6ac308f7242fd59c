import VerityCore

/// Finds claims by who makes them and how much they matter (`kind: claim`).
///
/// ```yaml
/// match:
///   source: article                 # article | speaker | any
///   source_kinds: [state]           # kind of the speaking source
///   min_checkworthiness: 0.6        # 0 to 1
///   signals: [number, causal]       # at least one of these check-worthiness signals
///   interested_party: true          # the source is the actor the claim is about or benefits
///   hedged: false                   # whether the claim carries hedging cues
///   mentions_party: true            # a side quoted in the article is named as the claim's actor
/// ```
struct ClaimCheck: Check {
    static let scopes: [RuleScope] = [.claim, .sentence]
    static let variables = ["claim", "signals", "score", "speaker", "source_kind", "interest"]

    let source: ClaimSourceRequirement
    let sourceKinds: KindSet<Speaker.Kind>?
    let minimumScore: Double
    let signals: KindSet<Claim.Signal.Kind>?
    let interestedParty: Bool?
    let hedged: Bool?
    let mentionsParty: Bool?

    init(match: YAMLValue, path: String) throws(RuleLoadError) {
        let fields = try YAMLMapping(
            match, path: path,
            allowedKeys: ["source", "source_kinds", "min_checkworthiness", "signals", "interested_party", "hedged", "mentions_party"],
            what: "'match' of a claim check")
        source = try fields.enums("source", as: ClaimSourceRequirement.self)?.first ?? .any
        sourceKinds = try fields.enums("source_kinds", as: Speaker.Kind.self).map(KindSet.init)
        minimumScore = try fields.number("min_checkworthiness") ?? 0
        signals = try fields.enums("signals", as: Claim.Signal.Kind.self).map(KindSet.init)
        interestedParty = try fields.bool("interested_party")
        hedged = try fields.bool("hedged")
        mentionsParty = try fields.bool("mentions_party")
        guard (0...1).contains(minimumScore) else {
            throw fields.error("'min_checkworthiness' must be between 0 and 1", at: fields.value("min_checkworthiness"))
        }
    }

    func matches(in context: RuleContext, starts: [Int]?) -> [CheckMatch] {
        let analysis = context.analysis
        var result: [CheckMatch] = []
        // The sides' names are read from the speakers only once a claim passes the other tests.
        var parties: PartyNames?
        for claimIndex in analysis.claims.indices where accepts(analysis.claims[claimIndex]) {
            let claim = analysis.claims[claimIndex]
            if let mentionsParty {
                let names = parties ?? PartyNames(analysis: analysis)
                parties = names
                if names.occur(in: actorRange(of: claim), context: context) != mentionsParty { continue }
            }
            var values = [
                "claim": Excerpt.of(claim.range, in: context),
                "score": format2(claim.checkworthiness),
                "signals": readableSignals(claim),
                "source_kind": claim.sourceKind?.readableName ?? "the article itself",
                "speaker": "the article itself",
                "interest": claim.interest?.explanation ?? "no stake found",
            ]
            var speakerIndex: Int?
            var quoteIndex: Int?
            if case .speaker(let quote, let speaker) = claim.source {
                quoteIndex = analysis.quotes.indices.contains(quote) ? quote : nil
                speakerIndex = speaker.flatMap { analysis.speakers.indices.contains($0) ? $0 : nil }
                // The entity's fullest name reads better than a pronoun mention ("she", "who").
                if let speakerIndex {
                    values["speaker"] = analysis.speakers[speakerIndex].name
                } else if let mention = quoteIndex.flatMap({ analysis.quotes[$0].speaker }) {
                    values["speaker"] = context.document.text(in: mention.range)
                }
            }
            result.append(CheckMatch(
                range: claim.range, sentenceIndex: claim.sentenceIndex, quoteIndex: quoteIndex,
                claimIndex: claimIndex, speakerIndex: speakerIndex, values: values))
        }
        return result
    }

    private func accepts(_ claim: Claim) -> Bool {
        switch (source, claim.source) {
        case (.article, .speaker), (.speaker, .article): return false
        default: break
        }
        if let sourceKinds, !(claim.sourceKind.map(sourceKinds.contains) ?? false) { return false }
        if claim.checkworthiness < minimumScore { return false }
        if let signals, !claim.signals.contains(where: { signals.contains($0.kind) }) { return false }
        if let interestedParty, claim.isInterestedParty != interestedParty { return false }
        if let hedged, claim.hedges.isEmpty == hedged { return false }
        return true
    }

    /// Where a claim names its actor: before its first signal of the required kinds (`Iran's air
    /// defences` in `Iran's air defences forced the enemy to retreat`), or the whole claim when
    /// the rule requires no signal. A side named only after the cue is what happens to it.
    private func actorRange(of claim: Claim) -> TextRange {
        guard let signals, let first = claim.signals.first(where: { signals.contains($0.kind) }) else { return claim.range }
        return TextRange(claim.range.start, max(claim.range.start, first.range.start))
    }

    private func readableSignals(_ claim: Claim) -> String {
        var seen: [String] = []
        for signal in claim.signals where !seen.contains(signal.kind.rawValue) { seen.append(signal.kind.rawValue) }
        return seen.isEmpty ? "none" : seen.joined(separator: ", ")
    }

    private func format2(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
