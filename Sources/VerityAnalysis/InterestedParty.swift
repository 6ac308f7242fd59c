import VerityCore

/// Decides whether, and why, a claim's source is the actor the claim is about or benefits: the
/// speaker is the subject or possessor of a claimed outcome (`we destroyed`, `its strikes
/// hastened`), names its own side as subject, possessor or beneficiary (a Russian commander on
/// `the defence power of Iran and Russia`), the article gives the words as the source's own label
/// (`what they call a battlefield success`), or the attribution verb is self-praise (`touted`).
/// A pronoun elsewhere in the claim is not enough.
struct InterestedParty: Sendable {
    /// First-person words: in a speaker's own words they refer to the speaker.
    static let firstPerson: Set<String> = ["we", "our", "ours", "us", "i", "my", "me", "mine", "ourselves"]
    /// Third-person words that in reported speech refer back to the speaker.
    static let backReference: Set<String> = ["its", "their", "his", "her", "they", "he", "she", "it"]
    /// Attribution verbs of self-praise.
    static let selfPraise = Lexicon(name: "self-praise", entries: [
        "celebrate~", "hail~", "tout~", "boast~", "brag", "brags", "bragged", "bragging", "trumpet~",
    ])
    /// The article's framing of a label as its holders' own (`what they call`).
    static let ownLabel = Lexicon(name: "own-label", entries: ["they", "he", "she", "it", "we"].flatMap { pronoun in
        ["call", "calls", "called", "describe as", "describes as", "described as", "term", "terms", "termed",
         "dub", "dubs", "dubbed"].map { "what \(pronoun) \($0)" }
    })
    /// `TokenWords.hash` of `what`, the first word of every own-label entry: claims without it skip the lexicon.
    static let whatHash = TokenWords.hash("what")
    /// How reported speech names the speaker's own country (`the country's air defences`).
    static let ownCountry = Lexicon(name: "own-country", entries: [
        "the country", "the nation", "the republic", "the kingdom", "the state", "this country",
        "our country", "the homeland",
    ])
    /// Words that say a claim reports an outcome its actor achieved or brought about.
    static let outcome = Lexicon(name: "outcome", entries: [
        "destroy~", "defeat~", "won the", "victory", "victories", "success", "successful", "succeeded",
        "repel~", "repulse~", "achieve~", "liberate~", "strengthen~", "shoot down", "shot down", "intercept~",
        "capture~", "bolster~", "triumph", "thwart~", "foil~", "prevail~", "hasten~", "force~ … to",
        "drove … to", "drive~ … out", "push~ back", "compel~", "brought down", "wiped out", "wipe~ out",
        "eliminate~", "neutralise~", "neutralize~", "crush~", "retreat", "retreated",
    ])
    /// Verbs of thinking, perceiving and saying: a speaker who is their subject reports a view,
    /// not an outcome of its own (`I think`, `we saw`).
    static let viewVerbs: Set<String> = [
        "think", "thought", "believe", "believed", "feel", "felt", "hope", "hoped", "expect", "expected",
        "guess", "know", "knew", "say", "said", "says", "like", "liked", "love", "want", "wanted", "wish",
        "see", "saw", "seen", "hear", "heard", "mean", "suppose", "doubt", "worry", "fear", "suspect",
        "trust", "understand", "agree", "agreed", "tell", "told", "ask", "asked", "have", "had", "can",
        "need", "needed", "remember", "looked", "look", "tried", "try",
    ]
    /// Words that start a subject or object belonging to the speaker in reported speech.
    static let possessives: Set<String> = ["its", "their", "his", "her", "our", "my"]
    /// Words of a speaker's name that do not identify it.
    static let titles: Set<String> = [
        "general", "brigadier", "brigadier-general", "major", "colonel", "commander", "minister",
        "president", "prime", "spokesman", "spokeswoman", "spokesperson", "official", "officials",
        "the", "of", "and", "for", "mr", "mrs", "ms", "dr", "sir", "lieutenant", "admiral",
        "senator", "governor", "deputy", "chief", "head", "foreign", "defence", "defense",
    ]
    /// Auxiliaries of the passive voice (`were forced`, `got repelled`).
    static let passiveAuxiliaries: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "get", "got"]
    /// Words that may open a claim before its subject (`that`, `also`, `the`).
    static let openers: Set<String> = ["that", "the", "and", "but", "so", "now", "also", "already", "then"]

    /// The speakers of the document; their keys are worked out only for the few claims that
    /// report an outcome.
    let speakers: [Speaker]

    /// Prepares the check for a document's speakers.
    init(speakers: [Speaker]) {
        self.speakers = speakers
    }

    /// Why the source of the claim in tokens `claim` has a stake in it, or nil. `quote` is nil for
    /// the article's own voice, which can only carry a self-description (`what they call`).
    func interest(
        speaker: Int?, quote: Quote?, claim: Range<Int>, sentence: Range<Int>,
        words: TokenWords, document: Document
    ) -> Claim.Interest? {
        let before = max(sentence.lowerBound, claim.lowerBound - 6)..<claim.upperBound
        let hasWhat = before.contains { words.hashes[$0] == Self.whatHash }
        for label in hasWhat ? Self.ownLabel.matches(in: words, tokens: before) : [] {
            // Only a label that credits its holders (`what they call a success`) serves them.
            let labelled = label.tokens.upperBound..<min(claim.upperBound, label.tokens.upperBound + 6)
            if Self.outcome.hasMatch(in: words, tokens: labelled) {
                return .selfDescription(document.text(in: label.range))
            }
        }
        guard let quote else { return nil }
        let subjects = subjectStarts(of: claim, words: words)
        if let cue = quote.cue, let praise = selfPraise(in: cue, sentence: sentence, words: words),
           subjects.first.map({ Self.possessives.contains(words.words[$0]) }) == true {
            return .selfPraise(document.text(in: praise.range))
        }
        // A passive outcome (`they were forced to pay`) happened to the subject, not by it.
        let passive = Self.passiveAuxiliaries
        guard Self.outcome.matches(in: words, tokens: claim).contains(where: {
            let verb = words.words[$0.tokens.lowerBound]
            let participle = verb.hasSuffix("ed") || verb.hasSuffix("en") || ["shot", "brought", "won"].contains(verb)
            return $0.tokens.lowerBound == claim.lowerBound || !participle
                || !passive.contains(words.words[$0.tokens.lowerBound - 1])
        }) else { return nil }
        let ownWords = quote.kind == .direct || quote.kind == .mixed
        for start in subjects {
            let word = words.words[start]
            guard Self.firstPerson.contains(word) || (!ownWords && Self.backReference.contains(word)) else { continue }
            if !reportsView(subject: start, claim: claim, words: words) { return .ownActions }
        }
        guard let speaker, speakers.indices.contains(speaker) else { return nil }
        let keys = Self.keys(ofSpeaker: speakers[speaker])
        if keys.contains(where: { !$0.hasPrefix("name:") }) {
            for match in Self.ownCountry.matches(in: words, tokens: claim) where isSubjectOrOwner(match.tokens, subjects, words) {
                return .ownSideNamed(document.text(in: match.range))
            }
        }
        for match in ActorLexicon.names.matches(in: words, tokens: claim) {
            guard let key = ActorLexicon.keys[match.entry], keys.contains(key),
                  isSubjectOrOwner(match.tokens, subjects, words) else { continue }
            return .ownSideNamed(document.text(in: match.range))
        }
        for index in subjects where words.kinds[index] == .word && words.isCapitalised(index) {
            let word = words.words[index]
            if word.count > 2, !Self.titles.contains(word), keys.contains("name:" + word) {
                return .ownSideNamed(document.text(in: words.ranges[index]))
            }
        }
        return nil
    }

    /// Whether the verb after a pronoun subject reports a view (`I think`, `we have seen`).
    private func reportsView(subject: Int, claim: Range<Int>, words: TokenWords) -> Bool {
        guard !Self.possessives.contains(words.words[subject]) || words.words[subject] == "her" else { return false }
        // An expletive `it` (`it was time to …`) is no actor.
        if words.words[subject] == "it", subject + 1 < claim.upperBound,
           ["is", "was", "'s", "would", "will"].contains(words.words[subject + 1]) { return true }
        var index = subject + 1
        while index < claim.upperBound {
            let word = words.words[index]
            if Self.viewVerbs.contains(word) { return true }
            guard WordClasses.auxiliaries.contains(word) || WordClasses.adverbs.contains(word) || word.hasSuffix("ly") else {
                return false
            }
            index += 1
        }
        return false
    }

    /// The self-praise verb inside the cue, if any.
    private func selfPraise(in cue: TextRange, sentence: Range<Int>, words: TokenWords) -> LexiconMatch? {
        let tokens = sentence.filter { cue.contains(words.ranges[$0]) }
        guard let first = tokens.first, let last = tokens.last else { return nil }
        return Self.selfPraise.matches(in: words, tokens: first..<(last + 1)).first
    }

    /// Where the claim's subject may start: its first word after openers, and the first word
    /// after a comma that closes a short opening phrase (`In two days, we …`).
    func subjectStarts(of claim: Range<Int>, words: TokenWords) -> [Int] {
        var starts: [Int] = []
        var index = claim.lowerBound
        while index < claim.upperBound, words.kinds[index] != .word || Self.openers.contains(words.words[index]) {
            index += 1
        }
        if index < claim.upperBound { starts.append(index) }
        let limit = min(claim.upperBound, claim.lowerBound + 8)
        if let comma = (claim.lowerBound..<limit).first(where: { words.words[$0] == "," }) {
            var next = comma + 1
            while next < claim.upperBound, words.kinds[next] != .word || Self.openers.contains(words.words[next]) {
                next += 1
            }
            if next < claim.upperBound, next != starts.first { starts.append(next) }
        }
        return starts
    }

    /// Whether a name at `tokens` opens the subject (`Iran's air defences`, `Russian forces`) or
    /// owns or benefits from a noun (`the defence power of Iran and Russia`, `a win for Moscow`):
    /// `of`/`for` before it, possibly across a list of names joined by `and` or commas.
    private func isSubjectOrOwner(_ tokens: Range<Int>, _ subjects: [Int], _ words: TokenWords) -> Bool {
        if subjects.contains(tokens.lowerBound) { return true }
        if words.words[tokens.lowerBound] == "the", subjects.contains(tokens.lowerBound + 1) { return true }
        var index = tokens.lowerBound - 1
        var steps = 0
        while index >= 0, steps < 6 {
            let word = words.words[index]
            if word == "of" || word == "for" { return true }
            guard word == "and" || word == "," || word == "the" || words.isCapitalised(index) else { return false }
            index -= 1
            steps += 1
        }
        return false
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
}
