/// English verb inflection for the cue lexicons: `note` → notes, noted, noting.
enum Inflection {
    static let irregular: [String: [String]] = [
        "say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "think": ["thought"],
        "know": ["knew", "known"], "see": ["saw", "seen"], "find": ["found"], "show": ["shown"],
        "feel": ["felt"], "swear": ["swore", "sworn"], "forecast": ["forecast"], "cry": ["cried"],
        "deny": ["denied"], "reply": ["replied"], "testify": ["testified"], "imply": ["implied"],
        "prove": ["proven"], "speak": ["spoke", "spoken"], "hold": ["held"],
    ]

    static let doubling: Set<String> = [
        "admit", "regret", "plan", "commit", "omit", "submit", "concur", "refer", "prefer", "pan",
        "knock", "rebut", "quip", "blog", "dub", "bash",
    ]

    /// The lemma and its third-person, past and present-participle forms.
    static func forms(of lemma: String) -> [String] {
        var forms = [lemma]
        let last = lemma.last ?? " "
        let beforeLast = lemma.dropLast().last ?? " "
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if last == "e" {
            forms += [lemma + "s", lemma + "d", String(lemma.dropLast()) + "ing"]
        } else if last == "y", !vowels.contains(beforeLast) {
            let stem = String(lemma.dropLast())
            forms += [stem + "ies", stem + "ied", lemma + "ing"]
        } else if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x")
            || lemma.hasSuffix("z")
        {
            forms += [lemma + "es", lemma + "ed", lemma + "ing"]
        } else if doubling.contains(lemma), last != "k", last != "h" {
            forms += [lemma + "s", lemma + String(last) + "ed", lemma + String(last) + "ing"]
        } else {
            forms += [lemma + "s", lemma + "ed", lemma + "ing"]
        }
        if let extra = irregular[lemma] {
            forms += extra
        }
        return forms
    }
}
