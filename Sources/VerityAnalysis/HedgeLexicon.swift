/// Hedging cues: words that soften a statement or mark it as uncertain (`appear`, `likely`,
/// `reportedly`, `could`, `suggest`).
public enum HedgeLexicon {
    /// Clear hedges: modals of possibility, words of probability and seeming, reported hearsay.
    /// Few false alarms; this is the list rules and claims use.
    public static let cues = Lexicon(name: "hedge", entries: [
        // modals of possibility
        "may", "might", "could", "cannot be excluded", "can not be excluded", "may or may not",
        "must have",
        // probability, seeming, hearsay
        "likely", "unlikely", "probable", "probably", "possible", "possibly", "possibility",
        "perhaps", "maybe", "presumably", "presumed", "presumable", "apparently", "apparent",
        "seemingly", "conceivably", "plausible", "plausibly", "potential", "potentially",
        "putative", "putatively", "supposedly", "reportedly", "allegedly", "purportedly",
        "ostensibly", "arguably", "uncertain", "unclear", "unconfirmed", "unverified",
        "tentative", "tentatively", "doubtful", "suspected", "speculative", "hypothetical",
        // verbs of seeming, suggesting, supposing
        "appear~", "seem~", "suggest~", "indicate~", "imply", "implies", "implied", "implying",
        "propose~", "speculate~", "hypothesize~", "hypothesise~", "suspect~", "presume~",
        "implicate~", "hypothesis", "hypotheses", "speculation", "suggestion", "suggestive",
        "indication", "presumption",
        // phrases
        "it is said", "it was said", "it is thought", "it is believed", "it is possible",
        "it is likely", "it is unclear", "it is not clear", "not clear", "not known",
        "remains to be", "remain to be", "remained to be", "is thought to", "are thought to",
        "is believed to", "are believed to", "is said to", "are said to", "is reported to",
        "are reported to", "raise the possibility", "raises the possibility",
        "raising the possibility", "according to reports", "there are reports",
    ])

    /// Weaker cues that hedge only in some uses (`would`, `about`, `whether`, `believe`):
    /// features for the classifiers, too noisy to flag on their own.
    public static let weak = Lexicon(name: "hedge-weak", entries: [
        "would", "should", "whether", "whether or not", "or not", "either", "unknown",
        "believe~", "think", "thinks", "thought", "assume~", "assumption", "estimate~",
        "estimation", "expect~", "guess~", "tend~", "doubt~", "imagine~", "infer", "inferred",
        "predict~", "questionable", "roughly", "approximately", "about", "around", "nearly",
        "almost", "largely", "partly", "partially", "somewhat", "relatively", "generally",
        "usually", "often", "sometimes", "occasionally", "mostly", "mainly", "essentially",
        "consistent with", "in part", "at least in part", "to some extent",
        "to a certain extent", "more or less", "sources say",
    ])
}
