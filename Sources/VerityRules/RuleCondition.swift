import VerityCore

/// Context that clears a match (`unless:` in a rule file).
enum RuleCondition: Sendable {
    /// The words are inside quotation marks: someone else's words, not the article's.
    case insideQuote
    /// The sentence credits a speaker for what it says.
    case attributedSentence
    /// The sentence names a person, organisation, state or outlet as a source.
    case namedSourceInSentence
    /// The article carries a publication date.
    case articleDated
    /// The matched words start with a capital letter: a name or a title, not a common word.
    case capitalised
    /// The words are in a heading, where headline style rules.
    case inHeading
    /// The words are followed by a name in apposition (`its spokesman, Aram Desta,`).
    case namedInApposition
    /// One of the phrases occurs in the same sentence.
    case sentenceContains(PhraseSet)
    /// One of the phrases occurs in the same paragraph.
    case paragraphContains(PhraseSet)
    /// One of the phrases comes right after the words.
    case followedBy(PhraseSet)
    /// One of the phrases comes right before the words.
    case precededBy(PhraseSet)
    /// One of the phrases occurs in the matched words themselves (say, a speaker mention that
    /// another rule covers better).
    case matchContains(PhraseSet)
    /// One of these rules (ids) already reported the same sentence: a more specific rule speaks
    /// for it (`unsourced-figure` before `unattributed-claim`). The auditor runs them first.
    case reportedBy([String])

    /// The condition names a rule file may use, with whether each takes a phrase list.
    static let names: [String: Bool] = [
        "inside_quote": false, "attributed_sentence": false, "named_source_in_sentence": false,
        "article_dated": false, "capitalised": false, "in_heading": false, "named_in_apposition": false, "sentence_contains": true, "paragraph_contains": true,
        "followed_by": true, "preceded_by": true, "match_contains": true, "reported_by": true,
    ]

    /// Reads one `unless:` entry: a name, or a one-key mapping from a name to phrases.
    static func parse(_ value: YAMLValue, path: String) throws(RuleLoadError) -> RuleCondition {
        let known = names.keys.sorted().joined(separator: ", ")
        switch value.content {
        case .scalar(let name):
            switch name {
            case "inside_quote": return .insideQuote
            case "attributed_sentence": return .attributedSentence
            case "named_source_in_sentence": return .namedSourceInSentence
            case "article_dated": return .articleDated
            case "capitalised": return .capitalised
            case "in_heading": return .inHeading
            case "named_in_apposition": return .namedInApposition
            default:
                let hint = names[name] == true ? "'\(name)' needs a list of phrases" : "unknown condition '\(name)'; known: \(known)"
                throw RuleLoadError(path: path, location: value.location, message: hint)
            }
        case .mapping(let pairs):
            guard pairs.count == 1, let name = pairs[0].key.scalar, names[name] == true else {
                throw RuleLoadError(path: path, location: value.location, message: "a condition with a list is one of: sentence_contains, paragraph_contains, followed_by, preceded_by, match_contains, reported_by")
            }
            let phrases = try YAMLMapping.strings(pairs[0].value, key: name, path: path)
            if name == "reported_by" {
                guard !phrases.isEmpty else {
                    throw RuleLoadError(path: path, location: pairs[0].value.location, message: "'reported_by' needs at least one rule id")
                }
                return .reportedBy(phrases)
            }
            let set: PhraseSet
            do { set = try PhraseSet(phrases) } catch {
                throw RuleLoadError(path: path, location: pairs[0].value.location, message: "phrase '\(error.phrase)' has no words")
            }
            switch name {
            case "sentence_contains": return .sentenceContains(set)
            case "paragraph_contains": return .paragraphContains(set)
            case "followed_by": return .followedBy(set)
            case "match_contains": return .matchContains(set)
            default: return .precededBy(set)
            }
        case .sequence:
            throw RuleLoadError(path: path, location: value.location, message: "each 'unless' entry is a condition name or a one-key mapping")
        }
    }

    /// Whether this condition holds for `match`, so that it is not reported.
    func clears(_ match: CheckMatch, in context: RuleContext) -> Bool {
        let analysis = context.analysis
        let sentence = match.sentenceIndex.map { analysis.sentences[$0] }
        switch self {
        case .insideQuote:
            return context.isQuoted(match.range)
        case .attributedSentence:
            return match.sentenceIndex.map { context.attributedSentences[$0] } ?? false
        case .namedSourceInSentence:
            return match.sentenceIndex.map { context.namedSourceSentences[$0] } ?? false
        case .articleDated:
            return context.document.metadata.published != nil
        case .capitalised:
            let start = match.range.start
            return start < context.scalars.count && TokenClasses.isUppercase(context.scalars[start])
        case .namedInApposition:
            guard let last = context.tokenIndex(endingAt: match.range.end), last + 3 < context.tokens.count,
                context.scalars[context.tokens[last + 1].range.start] == ","
            else { return false }
            return context.classes[last + 2].contains(.capitalized) && context.classes[last + 3].contains(.capitalized)
        case .inHeading:
            guard let block = context.document.blockIndex(containing: match.range.start) else { return false }
            return context.document.blocks[block].kind == .heading
        case .sentenceContains(let phrases):
            guard let sentence else { return false }
            return phrases.occurs(context.keys, in: sentence.tokens)
        case .paragraphContains(let phrases):
            guard let sentence else { return false }
            return phrases.occurs(context.keys, in: context.tokens(inBlock: sentence.blockIndex))
        case .followedBy(let phrases):
            guard let sentence, let last = context.tokenIndex(endingAt: match.range.end) else { return false }
            return phrases.longestMatch(context.keys, at: last + 1, limit: sentence.tokens.upperBound) != nil
        case .precededBy(let phrases):
            guard let sentence, let first = context.tokenIndex(startingAt: match.range.start) else { return false }
            return phrases.hasMatch(context.keys, endingAt: first, from: sentence.tokens.lowerBound)
        case .matchContains(let phrases):
            let tokens = context.firstToken(startingAtOrAfter: match.range.start)..<context.firstToken(startingAtOrAfter: match.range.end)
            return phrases.occurs(context.keys, in: tokens)
        case .reportedBy(let ids):
            guard let index = match.sentenceIndex else { return false }
            return ids.contains { context.sentencesReportedBy[$0]?.contains(index) == true }
        }
    }
}
