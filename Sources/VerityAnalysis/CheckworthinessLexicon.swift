/// Cues that make a statement worth checking: causal verbs, comparisons, predictions, and the
/// words of quantities, durations and dates.
public enum CheckworthinessLexicon {
    /// Causal claims (`hastened`, `forced … to retreat`, `led to`, `caused`).
    public static let causal = Lexicon(name: "causal", entries: [
        "cause~", "caused by", "hasten~", "force~ … to", "forced … to retreat",
        "forced … to withdraw", "forced … to flee", "drove … to", "drive~ … out", "led to",
        "lead~ to", "result~ in", "as a result of", "resulted from", "because of", "due to",
        "thanks to", "owing to", "trigger~", "prompt~", "spark~", "provoke~", "fuel~",
        "contribute~ to", "responsible for", "blame~ for", "bring about", "brought about",
        "brought down", "help~ to", "enable~", "prevent~", "stop~", "end~", "halt~",
        "deter~", "compel~", "compelled", "push~ back", "repel~", "repelled", "thwart~",
        "foil~", "secure~", "achieve~", "create~", "destroy~", "kill~", "save~", "saved",
        "increase~", "decrease~", "reduce~", "cut", "cuts", "cutting", "raise~", "lower~",
        "double~", "triple~", "halve~", "boost~", "slash~", "rise", "rises", "rose", "risen",
        "fall", "falls", "fell", "fallen", "grow", "grows", "grew", "grown", "drop~",
        "decline~", "surge~", "soar~", "plunge~", "jump~", "climb~", "lose", "lost", "win",
        "won", "gain~", "create~ jobs", "so that", "therefore", "consequently", "hence",
    ])

    /// Predictions (`will`, `is expected to`, `forecast`).
    public static let prediction = Lexicon(name: "prediction", entries: [
        "will", "won't", "shall", "going to", "gonna", "expected to", "is expected",
        "are expected", "expect~", "forecast~", "predict~", "project~ to", "projected",
        "set to", "poised to", "on track to", "on course to", "bound to", "likely to",
        "plan~ to", "aim~ to", "intend~ to", "threaten~ to", "promise~ to", "vow~ to",
        "next year", "next month", "next week", "in the coming", "in the future",
        "by the end of", "soon", "upcoming", "future",
    ])

    /// Comparisons (`more than`, `higher`, `than`).
    public static let comparative = Lexicon(name: "comparative", entries: [
        "than", "more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger",
        "greater", "better", "worse", "faster", "slower", "stronger", "weaker", "richer",
        "poorer", "cheaper", "older", "younger", "longer", "shorter", "compared with",
        "compared to", "as many as", "as much as", "up from", "down from", "twice as",
        "outnumber~", "exceed~", "surpass~", "outpace~", "overtake~", "overtook",
    ])

    /// Superlatives and records (`largest`, `most`, `the first`, `record`).
    public static let superlative = Lexicon(name: "superlative", entries: [
        "most", "least", "best", "worst", "largest", "biggest", "highest", "lowest",
        "greatest", "smallest", "fastest", "slowest", "strongest", "weakest", "richest",
        "poorest", "oldest", "youngest", "longest", "shortest", "deadliest", "heaviest",
        "record", "record-breaking", "all-time", "ever", "never before", "the first",
        "the only", "the last", "unprecedented", "number one", "no. 1",
    ])

    /// Quantity words (`percent`, `million`, `dozens`, `half`).
    public static let quantity = Lexicon(name: "quantity", entries: [
        "percent", "per cent", "percentage", "%", "million", "millions", "billion",
        "billions", "trillion", "trillions", "thousand", "thousands", "hundred", "hundreds",
        "dozen", "dozens", "score", "scores", "half", "third", "quarter", "twice", "double",
        "triple", "majority", "minority", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty",
        "fifty", "hundred", "$", "€", "£", "dollars", "euros", "pounds", "rials", "roubles",
        "rubles", "barrels", "tons", "tonnes", "kilometres", "kilometers", "km", "miles",
        "metres", "meters", "acres", "casualties", "deaths", "dead", "killed", "wounded",
        "injured", "troops", "soldiers", "missiles", "drones", "jobs", "votes", "people",
    ])

    /// Duration words (`days`, `weeks`, `for years`).
    public static let duration = Lexicon(name: "duration", entries: [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
        "weeks", "month", "months", "year", "years", "decade", "decades", "century",
        "centuries", "overnight", "since", "for the past", "over the past", "over the last",
        "long-running", "year-long", "decade-long", "weeks-long", "months-long",
    ])

    /// Date words (`Monday`, `June`, `yesterday`, `last week`).
    public static let date = Lexicon(name: "date", entries: [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "yesterday", "today", "tomorrow", "tonight",
        "last week", "last month", "last year", "this week", "this month", "this year",
        "earlier this", "later this", "ago",
    ])
}
