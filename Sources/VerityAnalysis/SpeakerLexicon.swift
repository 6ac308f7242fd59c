import VerityCore

/// Words that tell what sort of source a speaker phrase names, lower-cased.
enum SpeakerLexicon {
    static let media: Set<String> = [
        "newsweek", "times", "post", "cnn", "reuters", "ap", "afp", "bbc", "fox", "msnbc", "politico",
        "outlets", "outlet", "media", "newspaper", "newspapers", "journal", "tribune", "magazine",
        "broadcaster", "television", "tv", "radio", "tass", "irna", "xinhua", "ria", "interfax",
        "guardian", "telegraph", "bloomberg", "axios", "npr", "pbs", "abc", "cbs", "nbc", "breitbart",
        "huffpo", "huffington", "examiner", "gazette", "herald", "daily", "press", "wire", "network",
        "fars", "tasnim", "mehr", "isna", "sputnik", "aljazeera", "jazeera", "politifact", "reporters",
    ]

    static let states: Set<String> = [
        "tehran", "moscow", "washington", "beijing", "kremlin", "iran", "russia", "china", "israel",
        "ukraine", "kyiv", "kiev", "jerusalem", "london", "paris", "berlin", "ankara", "riyadh",
        "pyongyang", "seoul", "tokyo", "delhi", "damascus", "baghdad", "cairo", "brussels", "u.s.",
        "america", "britain", "france", "germany", "turkey", "government", "administration",
        "pentagon", "ministry", "state", "states", "whitehall", "kingdom", "republic",
    ]

    static let organisations: Set<String> = [
        "party", "council", "committee", "department", "university", "bank", "organization",
        "organisation", "corps", "agency", "association", "institute", "commission", "court",
        "campaign", "company", "inc.", "corp.", "group", "union", "foundation", "office", "board",
        "police", "army", "navy", "force", "forces", "command", "center", "centre", "fund", "senate",
        "congress", "parliament", "house", "nato", "un", "irgc", "fbi", "cia", "gop", "team",
        "coalition", "alliance", "club", "society", "service", "bureau", "authority", "firm",
        "front", "movement", "militia", "brigade", "brigades", "battalion", "regiment", "directorate",
        "secretariat", "cabinet", "legislature", "assembly", "federation", "embassy", "consulate",
        "tribunal", "hospital", "charity", "mission",
    ]

    /// Plural nouns for groups of unnamed people (`analysts`, `officials on both sides`).
    static let groupNouns: Set<String> = [
        "analysts", "officials", "experts", "critics", "observers", "diplomats", "sources", "residents",
        "lawmakers", "democrats", "republicans", "supporters", "protesters", "demonstrators", "economists",
        "scientists", "researchers", "investigators", "authorities", "leaders", "commanders", "voters",
        "witnesses", "activists", "scholars", "historians", "insiders", "aides", "advisers", "advisors",
        "allies", "opponents", "skeptics", "conservatives", "liberals", "people", "americans", "members",
        "executives", "strategists", "pollsters", "organizers", "organisers", "participants", "students",
        "parents", "workers", "doctors", "lawyers", "police", "prosecutors", "senators", "delegates",
        "candidates", "residents", "citizens", "journalists", "reporters", "commentators", "pundits",
        "women", "men", "children", "polls", "surveys", "studies",
    ]

    /// Words that name a role or title rather than a person (`Foreign Minister`, `chief`).
    static let titles: Set<String> = [
        "mr.", "mrs.", "ms.", "dr.", "prof.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "brig.",
        "president", "minister", "general", "brigadier-general", "major-general", "lieutenant-general",
        "ambassador", "senator", "governor", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "chief", "head", "commander", "director", "leader", "chairman", "chairwoman", "chair",
        "representative", "congressman", "congresswoman", "mayor", "judge", "justice", "adviser",
        "advisor", "officer", "official", "admiral", "colonel", "captain", "sheriff", "attorney",
        "prosecutor", "professor", "candidate", "nominee", "speaker", "premier", "king", "queen",
        "prince", "sheikh", "ayatollah", "deputy", "vice", "foreign", "defence", "defense", "prime",
        "lawmaker", "analyst", "economist", "executive", "ceo", "founder", "pastor", "rev.", "sgt.",
        "capt.", "maj.", "adm.", "gens.", "brig.-gen.", "lieutenant", "sergeant", "strategist",
    ]

    /// Nouns that name one person by what they do (`official`, `spokesman`, `diplomat`): as the
    /// head of a phrase they make an individual even after an organisation noun (`army official`).
    static let personHeads: Set<String> = [
        "official", "officer", "spokesman", "spokeswoman", "spokesperson", "commander", "diplomat",
        "envoy", "negotiator", "minister", "ambassador", "secretary", "chief", "head", "director",
        "leader", "chairman", "chairwoman", "adviser", "advisor", "aide", "source", "analyst",
        "economist", "executive", "lawmaker", "senator", "governor", "mayor", "president", "general",
        "admiral", "colonel", "captain", "lieutenant", "sergeant", "soldier", "strategist", "insider",
        "staffer", "employee", "member", "representative", "prosecutor", "judge", "lawyer", "attorney",
        "investigator", "researcher", "scientist", "expert", "observer", "witness", "resident",
        "engineer", "doctor", "negotiator", "delegate", "deputy", "premier", "sheriff", "founder",
    ]

    /// Words that open a post-modifier of a speaker's head noun when a preposition follows
    /// (`diplomats familiar with the talks`, `sources close to the negotiations`).
    static let postModifiers: Set<String> = [
        "familiar", "close", "closest", "knowledgeable", "briefed", "involved", "speaking", "opposed",
        "loyal", "aligned", "allied", "linked", "tied", "connected", "privy", "sympathetic",
    ]

    /// Organisation, state and media words together.
    static let institutions = organisations.union(states).union(media)

    /// Nouns for documents that speak for an organisation (`the statement`, `the report`).
    static let documents: Set<String> = [
        "statement", "statements", "report", "reports", "letter", "communique", "communiqué", "memo",
        "declaration", "release", "document", "documents", "filing", "bulletin", "notice", "study",
        "survey", "poll", "review", "audit", "indictment", "complaint", "lawsuit", "ruling", "decree",
    ]

    /// The kind of source a mention's words name; `words` are lower-cased, `capitalized` flags them.
    static func kind(words: [String], capitalized: [Bool]) -> Speaker.Kind {
        let content = words.filter { !WordClasses.determiners.contains($0) }
        let indefinite = ["a", "an"].contains(words.first ?? "")
        let head = headWord(words)
        if indefinite, titles.contains(head) { return .unnamedIndividual }
        if personHeads.contains(head), content.count > 1 || !(capitalized.last ?? false) {
            return .unnamedIndividual
        }
        if documents.contains(head) { return .organisation }
        if content.contains(where: { media.contains($0) }) && !content.contains("house") { return .media }
        if content.contains(where: { organisations.contains($0) }) { return .organisation }
        if states.contains(head) || (words.count <= 3 && content.allSatisfy { states.contains($0) || $0 == "the" }) {
            return .state
        }
        if groupNouns.contains(head) { return .anonymousGroup }
        if ["a", "an"].contains(words.first ?? "") { return .unnamedIndividual }
        let hasName = zip(words, capitalized).contains { $1 && !titles.contains($0) && !states.contains($0) }
        if hasName, capitalized.last ?? false, !(words.first.map { ["a", "an", "the"].contains($0) } ?? false) {
            return .namedPerson
        }
        if head.hasSuffix("s"), !head.hasSuffix("ss"), !titles.contains(head) { return .anonymousGroup }
        if ["some", "many", "several", "both", "all", "most", "few"].contains(words.first ?? "") { return .anonymousGroup }
        let headIsName = capitalized.last ?? false
        return hasName && words.first == "the" && headIsName ? .organisation : .unnamedIndividual
    }

    /// The head noun of a phrase: the last word before its first inner preposition.
    static func headWord(_ words: [String]) -> String {
        var head = words.last ?? ""
        for (index, word) in words.enumerated() where index > 0 && PhraseScanner.innerPrepositions.contains(word) {
            head = words[index - 1]
            break
        }
        return head
    }
}
