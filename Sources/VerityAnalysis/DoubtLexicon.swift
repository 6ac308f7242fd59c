/// Words of doubt: terms a writer uses to distance the text from what it reports (`claimed`,
/// `so-called`, `purported`).
public enum DoubtLexicon {
    /// Scare words and distancing phrases.
    public static let terms = Lexicon(name: "doubt", entries: [
        "claim~", "so-called", "so called", "purported", "purportedly", "alleged", "allegedly",
        "supposed", "supposedly", "self-styled", "self-proclaimed", "self-declared",
        "would-be", "ostensible", "ostensibly", "dubious", "questionable", "unverified",
        "unconfirmed", "unsubstantiated", "unproven", "baseless", "disputed", "contested",
        "what they call", "what it calls", "what he calls", "what she calls", "what they called",
        "what it called", "what he called", "what she called", "what was described as",
        "what they described as", "so-termed", "professed", "professedly", "pretended",
        "pretend", "fake", "sham", "bogus", "spurious", "hoax", "lie", "lies", "lied", "false",
        "falsely", "misleading", "mislead", "misled",
    ])
}
