/// Regular English word forms for lexicon entries written with a trailing `~`.
enum Inflection {
    /// The entry itself, or for each word ending in `~` its base, -s, -ed and -ing forms.
    static func expand(_ entry: String) -> [String] {
        let words = entry.split(separator: " ").map(String.init)
        var variants: [[String]] = [[]]
        for word in words {
            let forms = word.hasSuffix("~") ? verbForms(String(word.dropLast())) : [word]
            variants = variants.flatMap { prefix in forms.map { prefix + [$0] } }
        }
        return variants.map { $0.joined(separator: " ") }
    }

    /// Base, third person, past and present participle of a regular verb (or plural of a noun).
    static func verbForms(_ base: String) -> [String] {
        guard let last = base.last else { return [] }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var forms = [base]
        if last == "e" {
            forms += [base + "s", base + "d", String(base.dropLast()) + "ing"]
        } else if last == "y", let before = base.dropLast().last, !vowels.contains(before) {
            let stem = String(base.dropLast())
            forms += [stem + "ies", stem + "ied", base + "ing"]
        } else if ["s", "x", "z"].contains(last) || base.hasSuffix("ch") || base.hasSuffix("sh") {
            forms += [base + "es", base + "ed", base + "ing"]
        } else {
            forms += [base + "s", base + "ed", base + "ing"]
        }
        return forms
    }
}
