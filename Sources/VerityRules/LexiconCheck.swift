import VerityCore

/// Finds words and phrases from a list (`kind: lexicon`); a mapping form gives each term a
/// house-style alternative for the `{suggestion}` variable.
///
/// ```yaml
/// match: [so-called, purported]          # or
/// match: { regime: government, Zionist enemy: Israel }
/// ```
struct LexiconCheck: Check {
    static let scopes: [RuleScope] = [.token, .sentence, .article]
    static let variables = ["suggestion"]

    /// The terms.
    let phrases: PhraseSet
    /// Alternatives by entry number of `phrases`; empty strings where none is given.
    let suggestions: [String]

    init(match: YAMLValue, path: String) throws(RuleLoadError) {
        var terms: [String] = []
        var alternatives: [String: String] = [:]
        switch match.content {
        case .mapping(let pairs):
            for pair in pairs {
                guard let term = pair.key.scalar, let alternative = pair.value.scalar else {
                    throw RuleLoadError(path: path, location: pair.key.location, message: "each lexicon entry maps a term to its alternative text")
                }
                terms.append(term)
                alternatives[term] = alternative
            }
        default:
            terms = try YAMLMapping.strings(match, key: "match", path: path)
        }
        guard !terms.isEmpty else {
            throw RuleLoadError(path: path, location: match.location, message: "a lexicon needs at least one term")
        }
        do { phrases = try PhraseSet(terms) } catch {
            throw RuleLoadError(path: path, location: match.location, message: "term '\(error.phrase)' has no words")
        }
        suggestions = phrases.phrases.map { alternatives[$0] ?? "" }
    }

    /// Whether every term has an alternative (required when the message shows `{suggestion}`).
    var suggestsEverywhere: Bool { !suggestions.contains("") }

    /// A match starts at the first word of a term.
    var firstTokens: FirstTokens? { FirstTokens(keys: phrases.firstKeys) }

    func matches(in context: RuleContext, starts: [Int]?) -> [CheckMatch] {
        let keys = context.keys
        let starts = starts ?? FirstTokens(keys: phrases.firstKeys).candidates(in: context)
        let found = context.leftmostLongest(at: starts) { start, limit in
            phrases.longestMatch(keys, at: start, limit: limit).map { ($0.length, $0.entry) }
        }
        return found.map { found in
            CheckMatch(
                range: context.range(ofTokens: found.start, count: found.length),
                sentenceIndex: found.sentence, values: ["suggestion": suggestions[found.entry]])
        }
    }
}
