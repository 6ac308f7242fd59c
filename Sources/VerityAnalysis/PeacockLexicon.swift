/// Peacock terms: praise in the writer's own voice (`legendary`, `world-class`, `acclaimed`).
public enum PeacockLexicon {
    /// Words that promote their subject rather than inform about it.
    public static let terms = Lexicon(name: "peacock", entries: [
        "legendary", "iconic", "acclaimed", "critically acclaimed", "award-winning", "renowned",
        "world-renowned", "world-famous", "famed", "celebrated", "prestigious", "distinguished",
        "eminent", "illustrious", "preeminent", "pre-eminent", "foremost", "premier", "world-class",
        "world class", "elite", "outstanding", "remarkable", "extraordinary", "exceptional",
        "phenomenal", "brilliant", "magnificent", "spectacular", "stunning", "breathtaking",
        "superb", "splendid", "greatest", "finest", "noteworthy", "seminal", "groundbreaking",
        "ground-breaking", "pioneering", "innovative", "revolutionary", "visionary", "genius",
        "masterpiece", "masterful", "virtuoso", "unparalleled", "unmatched", "unrivaled",
        "unrivalled", "unprecedented", "incomparable", "inimitable", "definitive", "quintessential",
        "cutting-edge", "state-of-the-art", "state of the art", "first-rate", "top-notch",
        "landmark",
    ])

    /// Words that praise only in some uses (`very`, `major`, `important`): classifier features.
    public static let weak = Lexicon(name: "peacock-weak", entries: [
        "historic", "significant", "important", "major", "key", "vital", "crucial", "leading",
        "top", "great", "best", "popular", "successful", "highly", "very", "truly", "extremely",
        "notable", "well-known", "well known", "famous", "prominent", "unique", "influential",
    ])
}
