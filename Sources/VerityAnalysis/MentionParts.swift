import VerityCore

/// A speaker mention taken apart: the name it gives, the roles and affiliations around it, and the
/// kind of source it names (`Iran’s ambassador to Russia, Kazem Jalali` → name `Kazem Jalali`,
/// role `ambassador to Russia`, affiliation `Iran`).
struct MentionParts {
    var name: String
    var kind: Speaker.Kind
    var roles: [String] = []
    var affiliations: [String] = []
    /// The key that merges mentions of one entity: a person's surname, otherwise the name.
    var key: String

    init(view: TextView, tokens: ClosedRange<Int>, apposition: ClosedRange<Int>?) {
        let document = view.document
        let whole = tokens
        let tokens = Self.withoutPostModifier(tokens, view)
        if let apposition, let named = Self.namedApposition(apposition, of: tokens, view) {
            self = named
            return
        }
        var segments: [[Int]] = [[]]
        for index in tokens {
            if view.isPunctuation(index, ",") { segments.append([]) } else { segments[segments.count - 1].append(index) }
        }
        segments = segments.filter { !$0.isEmpty }
        let nameSegment = segments.first { Self.isProperName($0, view) } ?? segments.first ?? []
        var nameTokens = nameSegment
        var roleTokens: [Int] = []
        if let lastLower = nameSegment.lastIndex(where: {
            !view.capitalized[$0] && view.isWord($0) && !["and", "of", "al", "bin", "de", "van", "von"].contains(view.lower[$0])
        }),
            lastLower + 1 < nameSegment.count
        {
            roleTokens = Array(nameSegment[...lastLower])
            nameTokens = Array(nameSegment[(lastLower + 1)...])
        }
        let words = nameTokens.map { Self.stripPossessive(view.lower[$0]) }
        let capitals = nameTokens.map { view.capitalized[$0] && !Self.isPossessive(view.lower[$0]) }
        kind = SpeakerLexicon.kind(words: words, capitalized: capitals)
        if tokens != whole, let head = words.last, head.hasSuffix("s"), !head.hasSuffix("ss"),
            !SpeakerLexicon.media.contains(head)
        {
            kind = .anonymousGroup
        }
        while kind != .unnamedIndividual, let first = nameTokens.first, WordClasses.determiners.contains(view.lower[first]),
            nameTokens.count > 1
        {
            nameTokens.removeFirst()
        }
        if let first = nameTokens.first, view.capitalized[first], WordClasses.determiners.contains(view.lower[first]) {
            nameTokens[0] = first
        }
        if let first = nameTokens.first, let last = nameTokens.last, Self.isPossessive(view.lower[first]), nameTokens.count > 1 {
            affiliations.append(Self.stripPossessive(document.text(in: view.tokens[first].range), cased: true))
            roleTokens = []
            nameTokens = Array(nameTokens.dropFirst())
            _ = last
        }
        name = nameTokens.isEmpty ? "" : document.text(in: view.range(nameTokens[0], nameTokens[nameTokens.count - 1]))
        for segment in segments where segment != nameSegment {
            var role = segment
            if role.count > 1, Self.isPossessive(view.lower[role[0]]) {
                affiliations.append(Self.stripPossessive(document.text(in: view.tokens[role[0]].range)))
                role.removeFirst()
            }
            roles.append(document.text(in: view.range(role[0], role[role.count - 1])))
        }
        if let first = roleTokens.first, let last = roleTokens.last {
            roles.append(document.text(in: view.range(first, last)))
        }
        if let apposition, view.isWord(apposition.lowerBound) {
            let text = document.text(in: view.range(apposition.lowerBound, apposition.upperBound))
            if view.lower[apposition.lowerBound] == "including" {
                affiliations.append(String(text.dropFirst("including ".count)))
            } else if view.lower[apposition.lowerBound] != "who" {
                roles.append(text)
            }
        }
        affiliations += Self.roleAffiliations(roles)
        let keyWords = words.filter { !WordClasses.determiners.contains($0) }
        if kind == .namedPerson, let last = keyWords.last {
            key = "person:" + last
        } else {
            key = "\(kind.rawValue):" + keyWords.joined(separator: " ")
        }
    }

    /// The mention up to its head noun: without a post-modifier (`diplomats [familiar with the
    /// talks]`, `officials [who spoke on condition of anonymity]`, `sources [with knowledge of …]`).
    static func withoutPostModifier(_ tokens: ClosedRange<Int>, _ view: TextView) -> ClosedRange<Int> {
        var index = tokens.lowerBound + 1
        while index < tokens.upperBound {
            let word = view.lower[index]
            let next = view.lower[index + 1]
            if word == "who" || (SpeakerLexicon.postModifiers.contains(word) && WordClasses.prepositions.contains(next))
                || (word == "with" && ["knowledge", "direct", "close"].contains(next))
            {
                return tokens.lowerBound...(index - 1)
            }
            index += 1
        }
        return tokens
    }

    /// `the mayor, Inés Castro,` and `its spokesman, Aram Desta,`: when a role phrase is followed
    /// by a person's name in apposition, the name is the entity and the role phrase its role.
    static func namedApposition(_ apposition: ClosedRange<Int>, of tokens: ClosedRange<Int>, _ view: TextView) -> MentionParts? {
        let nameTokens = Array(apposition)
        guard nameTokens.count >= 2, nameTokens.count <= 6, isProperName(nameTokens, view),
            !isProperName(Array(tokens), view) || WordClasses.determiners.contains(view.lower[tokens.lowerBound])
        else { return nil }
        let nameWords = nameTokens.map { view.lower[$0] }
        guard SpeakerLexicon.kind(words: nameWords, capitalized: nameTokens.map { view.capitalized[$0] }) == .namedPerson,
            !nameWords.contains(where: { SpeakerLexicon.titles.contains($0) && nameWords.last == $0 })
        else { return nil }
        var role = Array(tokens)
        var affiliations: [String] = []
        while let first = role.first, role.count > 1,
            WordClasses.determiners.contains(view.lower[first]) || isPossessive(view.lower[first])
        {
            if isPossessive(view.lower[first]) {
                affiliations.append(stripPossessive(view.document.text(in: view.tokens[first].range)))
            }
            role.removeFirst()
        }
        let roleWords = role.map { view.lower[$0] }
        let head = SpeakerLexicon.headWord(roleWords)
        let isRole = SpeakerLexicon.personHeads.contains(head) || SpeakerLexicon.titles.contains(head)
            || (!head.hasSuffix("s") && !SpeakerLexicon.institutions.contains(head) && !SpeakerLexicon.documents.contains(head)
                && role.last.map { !view.capitalized[$0] } == true)
        guard isRole else { return nil }
        let document = view.document
        var parts = MentionParts(
            name: document.text(in: view.range(nameTokens[0], nameTokens[nameTokens.count - 1])), kind: .namedPerson,
            roles: [document.text(in: view.range(role[0], role[role.count - 1]))], affiliations: affiliations,
            key: "person:" + (nameWords.last ?? ""))
        parts.affiliations += roleAffiliations(parts.roles)
        return parts
    }

    /// Affiliations a role names after `of`, `for` or `at` (`head of the Air Defence Base`).
    static func roleAffiliations(_ roles: [String]) -> [String] {
        var affiliations: [String] = []
        for role in roles {
            let words = role.split(separator: " ")
            if let at = words.firstIndex(where: { ["of", "for", "at"].contains($0) }), at + 1 < words.count {
                let rest = words[(at + 1)...].drop { $0 == "the" }
                if let first = rest.first?.unicodeScalars.first, first.isUpper {
                    affiliations.append(rest.joined(separator: " "))
                }
            }
        }
        return affiliations
    }

    private init(name: String, kind: Speaker.Kind, roles: [String], affiliations: [String], key: String) {
        self.name = name
        self.kind = kind
        self.roles = roles
        self.affiliations = affiliations
        self.key = key
    }

    /// Whether the tokens are all capitalised words (a proper name, possibly with titles).
    static func isProperName(_ tokens: [Int], _ view: TextView) -> Bool {
        tokens.allSatisfy { view.capitalized[$0] || !view.isWord($0) } && tokens.contains { view.isWord($0) }
            && !tokens.contains { isPossessive(view.lower[$0]) }
    }

    static func isPossessive(_ word: String) -> Bool { word.hasSuffix("’s") || word.hasSuffix("'s") }

    static func stripPossessive(_ word: String, cased: Bool = false) -> String {
        isPossessive(word) ? String(word.dropLast(2)) : word
    }
}
