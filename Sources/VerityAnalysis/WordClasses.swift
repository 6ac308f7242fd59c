/// Closed-class English words the phrase scanner needs, lower-cased.
enum WordClasses {
    static let subjectPronouns: Set<String> = ["he", "she", "they", "we", "i", "you", "it", "who", "which"]

    /// Objects that say nothing was said (`said nothing`, `added little`).
    static let emptyObjects: Set<String> = ["nothing", "little", "anything", "something", "much", "more", "it", "so"]

    /// Subjects that deny there was a speaker (`Nobody announced …`, `No official said …`).
    static let negativeSubjects: Set<String> = ["nobody", "no", "none", "neither", "nothing", "noone"]

    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
        "your", "some", "many", "several", "other", "both", "each", "every", "all", "any", "no",
        "most", "few", "more", "another", "such", "one", "two", "three", "four", "five",
    ]

    static let prepositions: Set<String> = [
        "of", "in", "on", "at", "for", "to", "by", "with", "from", "about", "into", "over", "after",
        "before", "during", "under", "against", "among", "between", "through", "without", "within",
        "across", "behind", "since", "until", "like", "near", "upon", "via", "per", "toward",
        "towards", "amid", "despite", "onto", "than", "as",
    ]

    static let conjunctions: Set<String> = [
        "and", "or", "but", "nor", "so", "yet", "because", "although", "though", "while", "whereas",
        "if", "when", "since", "unless", "whether", "where", "once", "after", "before", "as",
        "that", "then", "than", "also", "however",
    ]

    static let auxiliaries: Set<String> = [
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did",
        "will", "would", "can", "could", "may", "might", "shall", "should", "must", "not", "never",
        "n't", "’s", "'s", "to",
    ]

    /// Adverbs that sit between a subject and its verb without ending in -ly.
    static let adverbs: Set<String> = [
        "also", "later", "then", "once", "often", "still", "already", "just", "even", "never",
        "again", "now", "first", "further", "long", "recently", "previously", "earlier", "since",
        "today", "yesterday", "ever", "always", "soon", "too", "not", "reportedly", "allegedly",
        "privately", "publicly", "repeatedly", "separately", "similarly", "however", "meanwhile", "twice",
    ]

    /// Time words that may follow a cue before its content or sentence end (`said Monday that`).
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "earlier", "later", "recently", "previously", "last", "this", "week",
        "month", "year", "morning", "afternoon", "evening", "night", "on", "in", "at", "during",
        "a", "an", "the", "statement", "interview", "news", "conference", "briefing", "email",
        "e-mail", "speech", "post", "tweet", "told", "reporters", "to", "cnn", "recent", "written",
        "separate", "phone", "telephone", "call", "rally", "press", "release", "event", "appearance",
        "forum", "meeting", "hearing", "session", "twice", "again", "repeatedly", "once",
    ]

    static func isAdverb(_ word: String) -> Bool {
        adverbs.contains(word) || (word.hasSuffix("ly") && word.utf8.count > 4 && !nounsInLy.contains(word))
    }

    static let nounsInLy: Set<String> = ["family", "ally", "rally", "italy", "assembly", "supply", "july", "reply"]

    /// Words that end a noun phrase scan: anything closed-class except what a subject phrase contains.
    static func breaksPhrase(_ word: String) -> Bool {
        conjunctions.contains(word) || auxiliaries.contains(word) || (prepositions.contains(word) && word != "of")
            || subjectPronouns.contains(word)
    }
}
