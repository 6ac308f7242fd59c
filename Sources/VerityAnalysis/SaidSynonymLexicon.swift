/// Loaded synonyms of "said": attribution verbs that judge the speaker or the statement
/// (`admitted`, `insisted`, `boasted`).
public enum SaidSynonymLexicon {
    /// Attribution verbs other than the neutral `said`, `told`, `stated`.
    public static let verbs = Lexicon(name: "said-synonym", entries: [
        "admit", "admits", "admitted", "admitting", "insist~", "boast~", "brag", "brags",
        "bragged", "bragging", "claim~", "concede~", "confess~", "allege~", "tout~",
        "maintain~", "assert~", "proclaim~", "declare~", "vow~", "complain~", "whine~",
        "lament~", "rant~", "rage~", "fume~", "snap", "snapped", "sneer~", "scoff~",
        "retort~", "quip", "quipped", "grumble~", "gloat~", "bluster~", "crow~", "gush~",
        "moan~", "blurt~", "blurted out", "shout~", "yell~", "scream~", "hiss~", "growl~",
        "lash~ out", "hit out", "hit back", "fire~ back", "shot back", "slam~", "slammed",
        "blast~", "acknowledge~", "reveal~", "disclose~", "divulge~", "confide~",
        "contend~", "charge~", "accuse~", "pledge~", "swear", "swore", "sworn", "trumpet~",
        "parrot~", "spin", "spun", "harp~ on", "tout~",
    ])
}
