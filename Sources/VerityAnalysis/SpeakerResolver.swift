import VerityCore

/// Merges speaker mentions into entities (full name = surname = title + surname = apposition),
/// resolves pronouns and `who` to the entity they stand for, and sets each quote's `entity`.
struct SpeakerResolver {
    let view: TextView

    /// The quotes with their speaker entities set, and the entities in order of first mention.
    func resolve(_ extracted: [ExtractedQuote]) -> (quotes: [Quote], speakers: [Speaker]) {
        var speakers: [Speaker] = []
        var byKey: [String: Int] = [:]
        var byMention: [ClosedRange<Int>: Int] = [:]
        var lastOfKind: [Speaker.Kind: Int] = [:]
        let order = extracted.indices.compactMap { index in extracted[index].speakerTokens.map { (index, $0) } }
            .sorted { $0.1.lowerBound < $1.1.lowerBound }
        var entityOf: [Int: Int] = [:]
        for (index, tokens) in order {
            if let known = byMention[tokens] {
                entityOf[index] = known
                continue
            }
            let entity: Int?
            if tokens.count == 1, WordClasses.subjectPronouns.contains(view.lower[tokens.lowerBound]) {
                entity = pronounEntity(tokens.lowerBound, lastOfKind: lastOfKind, speakers: &speakers, byKey: &byKey)
            } else {
                entity = register(tokens, apposition: extracted[index].apposition, speakers: &speakers, byKey: &byKey)
            }
            guard let entity else { continue }
            let range = view.range(tokens.lowerBound, tokens.upperBound)
            if !speakers[entity].mentions.contains(range) { speakers[entity].mentions.append(range) }
            byMention[tokens] = entity
            entityOf[index] = entity
            lastOfKind[speakers[entity].kind] = entity
        }
        var quotes: [Quote] = []
        quotes.reserveCapacity(extracted.count)
        for (index, item) in extracted.enumerated() {
            var quote = item.quote
            quote.speaker?.entity = entityOf[index]
            quotes.append(quote)
        }
        for index in speakers.indices { speakers[index].mentions.sort() }
        return (quotes, speakers)
    }

    /// Adds a mention to the entity with its key, or creates one; returns the entity index.
    private func register(
        _ tokens: ClosedRange<Int>, apposition: ClosedRange<Int>?, speakers: inout [Speaker], byKey: inout [String: Int]
    ) -> Int? {
        let parts = MentionParts(view: view, tokens: tokens, apposition: apposition)
        guard !parts.name.isEmpty else { return nil }
        if let existing = byKey[parts.key] {
            var speaker = speakers[existing]
            if parts.name.unicodeScalars.count > speaker.name.unicodeScalars.count { speaker.name = parts.name }
            for role in parts.roles where !speaker.roles.contains(role) { speaker.roles.append(role) }
            for affiliation in parts.affiliations where !speaker.affiliations.contains(affiliation) {
                speaker.affiliations.append(affiliation)
            }
            speakers[existing] = speaker
            return existing
        }
        speakers.append(Speaker(name: parts.name, kind: parts.kind, roles: parts.roles, affiliations: parts.affiliations))
        byKey[parts.key] = speakers.count - 1
        return speakers.count - 1
    }

    /// The entity a pronoun stands for: `who` → the phrase before its comma; `he`, `she`, `I` →
    /// the last person; `they`, `we`, `it` → the last group, organisation, state or outlet.
    private func pronounEntity(
        _ token: Int, lastOfKind: [Speaker.Kind: Int], speakers: inout [Speaker], byKey: inout [String: Int]
    ) -> Int? {
        let word = view.lower[token]
        if word == "who" || word == "which", token >= 2, view.isPunctuation(token - 1, ",") {
            let floor = view.sentences[view.sentenceIndex(of: token)].tokens.lowerBound
            if let antecedent = PhraseScanner(view: view).phrase(endingAt: token - 2, floor: floor),
                !WordClasses.subjectPronouns.contains(view.lower[antecedent.lowerBound])
            {
                let entity = register(antecedent, apposition: nil, speakers: &speakers, byKey: &byKey)
                if let entity {
                    let range = view.range(antecedent.lowerBound, antecedent.upperBound)
                    if !speakers[entity].mentions.contains(range) { speakers[entity].mentions.append(range) }
                }
                return entity
            }
        }
        let kinds: [Speaker.Kind] = switch word {
        case "he", "she", "i", "who": [.namedPerson, .unnamedIndividual]
        case "it", "which": [.organisation, .state, .media]
        default: [.anonymousGroup, .organisation, .state, .media]
        }
        if word == "they" || word == "we", let subject = pluralSubject(before: token) {
            return register(subject, apposition: nil, speakers: &speakers, byKey: &byKey)
        }
        let candidate = kinds.compactMap { lastOfKind[$0] }.max { latest(speakers[$0]) < latest(speakers[$1]) }
        if let candidate { return candidate }
        guard kinds.first == .namedPerson, let run = nameRun(before: token) else { return nil }
        return register(run, apposition: nil, speakers: &speakers, byKey: &byKey)
    }

    /// `Iranian commanders, meanwhile, are celebrating what they call …`: the plural subject
    /// opening the pronoun's own sentence.
    private func pluralSubject(before token: Int) -> ClosedRange<Int>? {
        let lo = view.sentences[view.sentenceIndex(of: token)].tokens.lowerBound
        guard token > lo, let subject = AttributionFinder(view: view).mainSubject(lo: lo, limit: token),
            subject.upperBound < token, !WordClasses.subjectPronouns.contains(view.lower[subject.lowerBound])
        else { return nil }
        let plural = subject.reversed().first { index in
            let word = view.lower[index]
            return view.isWord(index) && !MentionParts.isPossessive(word)
                && ((word.hasSuffix("s") && !word.hasSuffix("ss")) || word.hasSuffix("men") || word == "people")
        }
        return plural.map { subject.lowerBound...$0 }
    }

    private func latest(_ speaker: Speaker) -> Int { speaker.mentions.map(\.start).max() ?? -1 }

    /// The nearest run of two or more capitalised words before `token` that is not a sentence opener.
    private func nameRun(before token: Int) -> ClosedRange<Int>? {
        var index = token - 1
        while index > 0, token - index < 400 {
            guard view.capitalized[index], view.isWord(index), view.capitalized[index - 1], view.isWord(index - 1) else {
                index -= 1
                continue
            }
            var start = index - 1
            while start > 0, view.capitalized[start - 1], view.isWord(start - 1) { start -= 1 }
            let isInstitution = (start...index).contains {
                SpeakerLexicon.states.contains(view.lower[$0]) || SpeakerLexicon.organisations.contains(view.lower[$0])
            }
            if !isInstitution { return start...index }
            index = start - 1
        }
        return nil
    }
}
