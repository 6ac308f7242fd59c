import VerityCore

/// Names, demonyms, capitals and institutions of the actors news most often sets against each
/// other, each mapped to one key (`Iranian`, `Tehran`, `Islamic Republic` → `iran`).
public enum ActorLexicon {
    /// Entry (lower case) → actor key.
    public static let keys: [String: String] = {
        var table: [String: String] = [:]
        for (key, names) in groups {
            for name in names { table[name] = key }
        }
        return table
    }()

    /// Every name of every actor, for matching over tokens.
    public static let names = Lexicon(name: "actor", entries: Array(keys.keys).sorted())

    /// The actor key of a name or demonym (any case), or nil when the table does not know it.
    public static func key(for name: String) -> String? {
        keys[TokenWords.normalise(name)]
    }

    private static let groups: [(String, [String])] = [
        ("iran", ["iran", "iranian", "iranians", "tehran", "islamic republic", "irgc",
                  "revolutionary guards", "revolutionary guard", "persian"]),
        ("russia", ["russia", "russian", "russians", "moscow", "kremlin", "russian federation"]),
        ("israel", ["israel", "israeli", "israelis", "idf", "tel aviv", "netanyahu"]),
        ("united states", ["united states", "u . s", "usa", "america", "american",
                           "americans", "washington", "pentagon", "white house"]),
        ("ukraine", ["ukraine", "ukrainian", "ukrainians", "kyiv", "kiev"]),
        ("china", ["china", "chinese", "beijing", "prc"]),
        ("syria", ["syria", "syrian", "syrians", "damascus"]),
        ("iraq", ["iraq", "iraqi", "iraqis", "baghdad"]),
        ("lebanon", ["lebanon", "lebanese", "beirut"]),
        ("hezbollah", ["hezbollah", "hizbollah", "hizballah"]),
        ("hamas", ["hamas"]),
        ("houthis", ["houthi", "houthis", "ansar allah", "ansarallah"]),
        ("yemen", ["yemen", "yemeni", "yemenis", "sanaa"]),
        ("saudi arabia", ["saudi", "saudis", "saudi arabia", "riyadh"]),
        ("turkey", ["turkey", "turkish", "turks", "ankara", "türkiye"]),
        ("egypt", ["egypt", "egyptian", "egyptians", "cairo"]),
        ("palestine", ["palestine", "palestinian", "palestinians", "ramallah", "gaza"]),
        ("united kingdom", ["britain", "british", "uk", "united kingdom", "london", "downing street"]),
        ("france", ["france", "french", "paris", "elysee", "élysée"]),
        ("germany", ["germany", "german", "germans", "berlin"]),
        ("qatar", ["qatar", "qatari", "doha"]),
        ("uae", ["uae", "emirati", "emiratis", "abu dhabi", "united arab emirates"]),
        ("north korea", ["north korea", "north korean", "pyongyang"]),
        ("pakistan", ["pakistan", "pakistani", "islamabad"]),
        ("india", ["india", "indian", "new delhi"]),
        ("afghanistan", ["afghanistan", "afghan", "kabul", "taliban"]),
        ("nato", ["nato", "north atlantic treaty organization"]),
        ("european union", ["eu", "european union", "brussels"]),
        ("united nations", ["u . n", "united nations"]),
        ("belarus", ["belarus", "belarusian", "minsk"]),
        ("venezuela", ["venezuela", "venezuelan", "caracas"]),
        ("cuba", ["cuba", "cuban", "havana"]),
    ]
}
