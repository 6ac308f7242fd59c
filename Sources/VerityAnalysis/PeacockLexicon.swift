/// Peacock terms: praise in the writer's own voice (`legendary`, `world-class`, `acclaimed`).
public enum PeacockLexicon {
    /// Words that promote their subject rather than inform about it.
    public static let terms = Lexicon(name: "peacock", entries: [
        "legendary", "iconic", "acclaimed", "critically acclaimed", "award-winning", "renowned",
        "world-renowned", "world-famous", "famous", "famed", "celebrated", "prestigious",
        "distinguished", "eminent", "illustrious", "prominent", "preeminent", "pre-eminent",
        "leading", "foremost", "premier", "world-class", "world class", "top", "elite",
        "outstanding", "remarkable", "extraordinary", "exceptional", "phenomenal", "brilliant",
        "magnificent", "spectacular", "stunning", "breathtaking", "superb", "splendid",
        "excellent", "wonderful", "amazing", "incredible", "impressive", "fantastic",
        "great", "greatest", "finest", "best", "best-known", "well-known", "well known",
        "highly", "hugely", "immensely", "enormously", "tremendously", "truly", "very",
        "extremely", "exceedingly", "remarkably", "notably", "notable", "noteworthy",
        "influential", "seminal", "groundbreaking", "ground-breaking", "pioneering",
        "innovative", "revolutionary", "visionary", "genius", "masterpiece", "masterful",
        "virtuoso", "unique", "unparalleled", "unmatched", "unrivaled", "unrivalled",
        "unprecedented", "incomparable", "inimitable", "definitive", "quintessential",
        "beloved", "popular", "successful", "highly successful", "hugely popular",
        "cutting-edge", "state-of-the-art", "state of the art", "first-rate", "top-notch",
        "landmark", "historic", "significant", "important", "major", "key", "vital", "crucial",
    ])
}
