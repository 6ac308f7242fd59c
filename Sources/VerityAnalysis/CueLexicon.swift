/// Verbs and phrases that attribute a statement, belief or stance to someone, by inflected form.
///
/// `speech` verbs take a clause (`said that …`, `warned …`) and can follow their content
/// (`…, she said.`); `stance` verbs take an object (`criticized the plan`, `described it as …`);
/// `addressee` verbs may put a listener before the clause (`told reporters that …`).
enum CueLexicon {
    /// How a cue verb attaches its content.
    enum Frame: Sendable {
        case speech, stance
    }

    static let speechLemmas: [String] = [
        "say", "tell", "add", "note", "claim", "argue", "insist", "warn", "explain", "state", "declare",
        "announce", "acknowledge", "admit", "report", "write", "tweet", "suggest", "believe", "think",
        "predict", "promise", "vow", "pledge", "deny", "confirm", "reveal", "assert", "contend",
        "maintain", "allege", "complain", "concede", "emphasize", "emphasise", "stress", "agree",
        "recall", "observe", "reply", "respond", "answer", "ask", "urge", "hope", "fear", "expect",
        "know", "indicate", "estimate", "conclude", "worry", "feel", "insinuate", "charge", "testify",
        "boast", "brag", "joke", "quip", "remark", "mention", "comment", "counter", "caution",
        "signal", "hint", "acknowledge", "assure", "inform", "remind", "repeat", "reiterate",
        "continue", "explain", "wonder", "doubt", "suspect", "assume", "guess", "imply", "show",
        "find", "demonstrate", "prove", "forecast", "project", "threaten", "propose", "recommend",
        "demand", "request", "order", "instruct", "advise", "predict", "posit", "speculate",
        "point", "figure", "decide", "want", "wish", "expect", "pray",
        "shout", "yell", "scream", "whisper", "cry", "exclaim", "announce", "proclaim", "post",
        "declare", "affirm", "reaffirm", "underscore", "highlight", "lament", "regret", "concur",
        "dispute", "question", "challenge", "retort", "interject", "muse", "acknowledge", "swear",
        "guarantee", "calculate", "reckon", "opine", "blog", "grumble", "protest", "plead",
    ]

    static let stanceLemmas: [String] = [
        "criticize", "criticise", "oppose", "support", "praise", "blast", "slam", "attack", "accuse",
        "endorse", "defend", "describe", "call", "reject", "dismiss", "blame", "condemn", "welcome",
        "back", "cite", "discuss", "denounce", "applaud", "hail", "decry", "deride", "mock",
        "ridicule", "lambaste", "castigate", "chide", "rebuke", "fault", "credit", "thank",
        "congratulate", "commend", "label", "brand", "characterize", "characterise", "portray",
        "depict", "dub", "term", "refuse", "favor", "favour", "advocate", "champion", "embrace",
        "oppose", "assail", "knock", "tout", "promote", "recognize", "disagree", "object",
        "see", "view", "consider", "regard", "deem", "acknowledge", "concede", "pan", "trash",
        "bash", "berate", "scold", "criticize", "target", "question", "raise", "express",
    ]

    /// Verbs that may put a listener between cue and clause (`told reporters that`).
    static let addresseeLemmas: Set<String> = [
        "tell", "warn", "assure", "inform", "remind", "urge", "ask", "caution", "advise", "promise",
        "order", "instruct", "convince", "persuade", "notify", "reassure",
    ]

    /// Verbs that, placed after their content (`…, she said.`), attribute it.
    static let postposableLemmas: Set<String> = [
        "say", "tell", "add", "note", "claim", "argue", "insist", "warn", "explain", "state",
        "declare", "announce", "acknowledge", "admit", "report", "write", "tweet", "suggest",
        "believe", "think", "predict", "promise", "vow", "pledge", "confirm", "reveal", "assert",
        "contend", "maintain", "allege", "complain", "concede", "emphasize", "stress", "agree",
        "recall", "observe", "reply", "respond", "answer", "ask", "continue", "remark", "joke",
        "quip", "counter", "caution", "exclaim", "shout", "recount", "retort", "write", "post",
        "reiterate", "repeat", "conclude", "predict", "testify", "boast", "muse", "wonder",
    ]

    /// Verbs that attribute only when punctuation follows (`she continued: "…"`, `…, he continued.`).
    static let punctuatedLemmas: Set<String> = ["continue", "post", "repeat"]

    /// Forms that mostly do something else in news prose: nouns (`support`, `state`, `calls`),
    /// perception and knowledge (`saw`, `knew`, `felt`), plans (`plans to`), `raised questions`.
    static let excludedForms: Set<String> = [
        "support", "supports", "back", "backs", "state", "states", "call", "calls", "find", "finds",
        "saw", "seen", "think", "know", "knows", "knew", "known", "knowing", "feel", "feels", "felt",
        "hope", "hopes", "hoped", "raise", "raises", "raised", "raising", "report", "post", "order",
        "project", "question", "comment", "answer", "request", "demand", "signal", "target", "view",
        "credit", "charge", "estimate", "forecast", "figure", "point", "counter", "object", "express",
        "favor", "favour", "term", "label", "brand", "pan", "knock", "trash", "promise", "pledge",
        "protest", "doubt", "fear", "showing", "finding",
    ]

    /// Base and third-person forms that are just as often nouns (`medical claims`, `news reports`):
    /// they count as verbs only after a determiner-led or named subject.
    static let nounLike: Set<String> = [
        "claim", "claims", "reports", "note", "notes", "comments", "calls", "questions", "promises",
        "pledges", "demands", "fears", "doubts", "charges", "views", "attacks", "attack", "answers",
        "estimates", "forecasts", "shows", "show", "signals", "requests", "orders", "protests",
        "concerns", "plans", "wishes", "wish", "replies", "reply", "counters", "remarks", "remark",
        "posts", "projects", "figures", "points", "praise", "praises", "blasts", "slams", "welcome",
        "welcomes", "backs", "cites", "credits", "thanks", "labels", "brands", "terms", "responses",
        "response", "challenge", "challenges", "dispute", "disputes", "defends", "tweets", "tweet",
        "blogs", "blog", "vows", "vow", "boasts", "boast", "jokes", "joke", "quips", "quip", "hints",
        "hint", "cries", "cry", "shouts", "shout", "favors", "champions", "demonstrates", "proves",
        "findings", "decides", "regrets", "regret", "laments", "lament", "mocks", "mock", "decries",
        "hails", "hail", "bashes", "bash", "knocks", "trashes", "pans", "touts", "targets", "questions",
        "rejects", "reject",
    ]

    /// Every inflected form mapped to its lemma and frame; speech wins when a verb is in both lists.
    static let forms: [String: (lemma: String, frame: Frame)] = {
        var table: [String: (lemma: String, frame: Frame)] = [:]
        for lemma in stanceLemmas {
            for form in Inflection.forms(of: lemma) { table[form] = (lemma, .stance) }
        }
        for lemma in speechLemmas {
            for form in Inflection.forms(of: lemma) { table[form] = (lemma, .speech) }
        }
        for form in excludedForms { table[form] = nil }
        return table
    }()
}
