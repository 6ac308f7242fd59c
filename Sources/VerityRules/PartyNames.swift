import VerityCore

/// The names of the sides an article quotes: distinctive words of each speaker's name and
/// affiliations (`Iran`, `Hezbollah`, `Farid`), so a rule can tell when a claim in the article's
/// own voice has one of them as its subject.
struct PartyNames {
    private(set) var keys: Set<UInt64> = []

    /// Words of titles and roles that do not identify a side.
    static let ignored: Set<String> = [
        "the", "of", "and", "for", "a", "an", "mr", "mrs", "ms", "dr", "general", "brigadier", "colonel",
        "major", "commander", "minister", "ministry", "president", "prime", "spokesman", "spokeswoman",
        "official", "officials", "senior", "chief", "head", "deputy", "office", "department", "state",
        "government", "army", "forces", "force", "police", "news", "agency", "said", "says",
    ]

    /// The keys of `ignored`: a word whose key is not among them is not ignored.
    static let ignoredKeys = KeyFilter(ignored.map(TokenKey.key))

    /// No names: nothing occurs.
    init() {}

    /// The names in `analysis.speakers` of named people, organisations, states and outlets.
    init(analysis: DocumentAnalysis) {
        for speaker in analysis.speakers where speaker.kind.isNamedSource {
            for text in [speaker.name] + speaker.affiliations {
                if text.utf8.allSatisfy({ $0 < 0x80 }) { addASCIINames(text) } else { addNames(text) }
            }
        }
    }

    /// Adds the distinctive words of `text`: capitalised, longer than two characters, not ignored.
    mutating func addNames(_ text: String) {
        for word in text.split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
            let lower = word.lowercased()
            guard lower.count > 2, !Self.ignored.contains(lower), word.first?.isUppercase == true else { continue }
            keys.insert(TokenKey.key(lower))
        }
    }

    /// `addNames` for ASCII text, where a character is a byte, a letter is A–Z or a–z and an
    /// upper-case one is A–Z: the same words without walking grapheme clusters.
    mutating func addASCIINames(_ text: String) {
        var lower: [UInt8] = []
        var capitalised = false
        var bytes = text.utf8.makeIterator()
        while true {
            let byte = bytes.next()
            if let byte, (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D {
                let upper = (0x41...0x5A).contains(byte)
                if lower.isEmpty { capitalised = upper }
                lower.append(upper ? byte | 0x20 : byte)
                continue
            }
            if lower.count > 2, capitalised {
                let key = TokenKey.key(asciiLowercase: lower)
                if !Self.ignoredKeys.mayContain(key) || !Self.ignored.contains(String(decoding: lower, as: UTF8.self)) {
                    keys.insert(key)
                }
            }
            lower.removeAll(keepingCapacity: true)
            if byte == nil { break }
        }
    }

    /// How many tokens at the start of a claim count as its subject.
    static let subjectTokens = 4

    /// Whether a capitalised word among the first `subjectTokens` tokens of `range` (the
    /// subject, in English word order; possessive `'s` aside) is one of the names.
    func occur(in range: TextRange, context: RuleContext) -> Bool {
        guard !keys.isEmpty else { return false }
        var index = context.firstToken(startingAtOrAfter: range.start)
        let last = index + Self.subjectTokens
        while index < min(last, context.tokens.count), context.tokens[index].range.end <= range.end {
            let token = context.tokens[index]
            if context.classes[index].contains(.capitalized) {
                var end = token.range.end
                if end - token.range.start > 2, context.scalars[end - 2] == "'" || context.scalars[end - 2] == "\u{2019}",
                    context.scalars[end - 1] == "s"
                {
                    end -= 2
                }
                if keys.contains(TokenKey.key(context.scalars, token.range.start..<end)) { return true }
            }
            index += 1
        }
        return false
    }
}
