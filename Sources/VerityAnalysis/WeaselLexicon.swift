/// Vague attribution: words that lend a statement authority without saying whose it is
/// (`some say`, `critics`, `it is believed`, `many experts`).
public enum WeaselLexicon {
    /// Vague quantifiers and adverbs that weasel only in some uses (`many`, `widely`, `often`):
    /// features for the classifiers, too noisy to flag on their own.
    public static let vague = Lexicon(name: "weasel-vague", entries: [
        "some", "many", "most", "several", "various", "numerous", "countless", "others",
        "widely", "commonly", "generally", "often", "frequently", "traditionally", "popularly",
        "considered", "regarded", "deemed", "believed", "thought", "said", "claimed", "alleged",
        "described", "viewed", "seen as", "known as", "referred to as", "one of the", "among the",
        "some of the", "a few", "notably", "perhaps", "possibly", "probably", "apparently",
        "seemingly",
    ])

    /// Unnamed groups as sources, passive and impersonal attributions (few false alarms).
    public static let cues = Lexicon(name: "weasel", entries: [
        // vague groups as sources
        "critics", "experts", "analysts", "observers", "commentators", "scholars", "historians",
        "scientists", "researchers", "officials", "sources", "insiders", "pundits", "skeptics",
        "sceptics", "supporters", "opponents", "detractors", "fans", "people", "residents",
        "some people", "many people", "most people", "some experts", "many experts",
        "some critics", "many critics", "some analysts", "many observers", "some observers",
        "some scholars", "many scholars", "some historians", "many historians",
        "a number of", "a growing number of", "an increasing number of", "the majority of",
        "a majority of", "allegedly", "reportedly", "supposedly", "purportedly", "arguably",
        "reputed", "rumored", "rumoured", "is called", "was called", "has been called",
        "have been called",
        // passive and impersonal attributions
        "it is said", "it has been said", "it was said", "it is believed", "it is thought",
        "it is claimed", "it has been claimed", "it has been suggested", "it is suggested",
        "it has been argued", "it is argued", "it is widely", "it is generally", "it is often",
        "it is known", "it is reported", "it has been reported", "it was reported",
        "it is considered", "it is estimated", "it is feared", "it is hoped", "it is understood",
        "there is evidence", "there is some evidence", "evidence suggests", "studies show",
        "studies have shown", "research shows", "research has shown", "research suggests",
        "some say", "some argue", "some claim", "some believe", "some suggest", "some have",
        "critics say", "critics argue", "critics claim", "experts say", "experts believe",
        "analysts say", "analysts see", "observers say", "many say", "many believe",
        "many consider", "many argue", "according to some", "according to critics",
        "according to experts", "according to sources", "widely regarded", "widely considered",
        "widely believed", "widely seen", "widely known", "generally regarded",
        "generally considered", "often regarded", "often considered", "often cited",
        "is considered", "are considered", "was considered", "were considered",
        "is regarded", "are regarded", "was regarded", "is seen as", "are seen as",
        "is known to", "is believed", "are believed", "is said", "are said",
        "has been described", "have been described", "is described as", "in some circles",
        "by some", "by many", "to many", "to some", "for many", "for some",
    ])
}
