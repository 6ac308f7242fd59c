import VerityCore

/// Decides whether a claim's source is the actor the claim is about or benefits: the speaker
/// speaks of itself (`we`, `our`; `its strikes` in reported speech), names its own side (an
/// Iranian commander on `Iran`, or on `the country` when the speaker has a country), or the article frames the words as the speaker's own label
/// (`what they call "a battlefield success"`) or self-praise (`touted`, `celebrated`).
struct InterestedParty: Sendable {
    /// First-person words: in a speaker's own words they refer to the speaker.
    static let firstPerson: Set<String> = ["we", "our", "ours", "us", "i", "my", "me", "mine", "ourselves"]
    /// Third-person words that in reported speech refer back to the speaker.
    static let backReference: Set<String> = ["its", "their", "his", "her", "itself", "themselves"]
    /// Attribution verbs of self-praise.
    static let selfPraise = Lexicon(name: "self-praise", entries: [
        "celebrate~", "hail~", "tout~", "boast~", "brag", "brags", "bragged", "bragging",
        "trumpet~", "credit~", "praise~", "laud~", "herald~",
    ])
    /// The article's framing of a label as the speaker's own (`what they call`).
    static let ownLabel = Lexicon(name: "own-label", entries: [
        "what … call", "what … calls", "what … called", "what … described as",
        "what … describe as", "what … describes as", "what … termed", "what … terms",
    ])
    /// How reported speech names the speaker's own country (`the country's air defences`).
    static let ownCountry = Lexicon(name: "own-country", entries: [
        "the country", "the nation", "the republic", "the kingdom", "the state", "this country",
        "our country", "the homeland",
    ])
    /// Words of a speaker's name that do not identify it.
    static let titles: Set<String> = [
        "general", "brigadier", "brigadier-general", "major", "colonel", "commander", "minister",
        "president", "prime", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
        "the", "of", "and", "for", "mr", "mrs", "ms", "dr", "sir", "lieutenant", "admiral",
        "senator", "governor", "deputy", "chief", "head", "foreign", "defence", "defense",
    ]

    /// Actor keys and name words of each speaker of the document, by speaker index.
    let speakerKeys: [Set<String>]

    /// Prepares the check for a document's speakers.
    init(speakers: [Speaker]) {
        speakerKeys = speakers.map(Self.keys(ofSpeaker:))
    }

    /// Whether speaker `speaker` (an index into the speakers), reported by `quote`, is an
    /// interested party to the claim in tokens `claim`.
    func isInterested(
        speaker: Int?, quote: Quote, claim: Range<Int>, sentence: Range<Int>, words: TokenWords
    ) -> Bool {
        let ownWords = quote.kind == .direct || quote.kind == .mixed
        let pronouns = ownWords ? Self.firstPerson : Self.backReference.union(Self.firstPerson)
        if claim.contains(where: { pronouns.contains(words.words[$0]) }) { return true }
        if let cue = quote.cue, cueIsSelfPraise(cue, sentence: sentence, words: words) { return true }
        let before = max(sentence.lowerBound, claim.lowerBound - 6)..<claim.lowerBound
        if Self.ownLabel.hasMatch(in: words, tokens: before) { return true }
        guard let speaker, speakerKeys.indices.contains(speaker) else { return false }
        let hasCountry = speakerKeys[speaker].contains { !$0.hasPrefix("name:") }
        if hasCountry, Self.ownCountry.hasMatch(in: words, tokens: claim) { return true }
        return !speakerKeys[speaker].isDisjoint(with: keys(in: claim, words: words))
    }

    private func cueIsSelfPraise(_ cue: TextRange, sentence: Range<Int>, words: TokenWords) -> Bool {
        let tokens = sentence.filter { cue.contains(words.ranges[$0]) }
        guard let first = tokens.first, let last = tokens.last else { return false }
        return Self.selfPraise.hasMatch(in: words, tokens: first..<(last + 1))
    }

    /// Actor keys and distinctive name words of the speaker's name, roles and affiliations.
    static func keys(ofSpeaker speaker: Speaker) -> Set<String> {
        var keys: Set<String> = []
        let named = [speaker.name] + speaker.affiliations
        for (position, text) in (named + speaker.roles).enumerated() {
            let parts = text.split { !$0.isLetter && $0 != "-" && $0 != "'" }.map { TokenWords.normalise(String($0)) }
            for (index, part) in parts.enumerated() {
                if let key = ActorLexicon.keys[part] { keys.insert(key) }
                if index + 1 < parts.count, let key = ActorLexicon.keys[part + " " + parts[index + 1]] { keys.insert(key) }
                if position < named.count, part.count > 2, !Self.titles.contains(part) { keys.insert("name:" + part) }
            }
        }
        return keys
    }

    /// Actor keys and capitalised name words (after the first word) in the claim's tokens.
    func keys(in claim: Range<Int>, words: TokenWords) -> Set<String> {
        var keys = Set(ActorLexicon.names.matches(in: words, tokens: claim).compactMap { ActorLexicon.keys[$0.entry] })
        for index in claim.dropFirst() where words.kinds[index] == .word && words.isCapitalised(index) {
            let word = words.words[index]
            if word == "us", words.ranges[index].length == 2, words.capitals[index] { keys.insert("united states") }
            if word.count > 2, !Self.titles.contains(word) { keys.insert("name:" + word) }
        }
        return keys
    }
}
