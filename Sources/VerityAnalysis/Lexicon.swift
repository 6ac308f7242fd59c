import VerityCore

/// A list of words and phrases with a matcher over a document's tokens.
///
/// Entries are lower-case words separated by spaces. An entry word ending in `~` stands for its
/// regular English forms (`suggest~` → suggest, suggests, suggested, suggesting); a word `…` lets up
/// to three words stand between its neighbours (`forced … to retreat`). Matching is by whole
/// tokens, ignores case and curly apostrophes, and prefers the longest entry at each start.
public struct Lexicon: Sendable {
    /// One phrase of the lexicon, as words and their hashes (gaps are `nil`).
    struct Pattern: Sendable {
        var entry: String
        var words: [String?]
        var hashes: [UInt64?]

        /// Longer patterns first, then by entry: the order in which matches are tried.
        static func longerFirst(_ lhs: Pattern, _ rhs: Pattern) -> Bool {
            lhs.words.count != rhs.words.count ? lhs.words.count > rhs.words.count : lhs.entry < rhs.entry
        }
    }

    /// What the lexicon holds (`hedge`, `weasel`, …), used in feature and rule names.
    public let name: String
    /// The entries as written, with `~` forms expanded.
    public let entries: [String]
    /// Patterns grouped by their first word, longest first.
    let patternsByFirstWord: [String: [Pattern]]
    /// The same patterns in a table keyed by the first word's hash.
    let table: PatternTable

    /// Most words a `…` gap may skip.
    static let maximumGap = 3

    /// Builds a lexicon from entries written as described on the type.
    public init(name: String, entries: [String]) {
        self.name = name
        var expanded: [String] = []
        var byFirst: [String: [Pattern]] = [:]
        for entry in entries {
            for variant in Lexicon.expand(entry) {
                let words = variant.split(separator: " ").map { $0 == "…" ? nil : String($0) }
                guard let first = words.first ?? nil else { continue }
                expanded.append(variant)
                byFirst[first, default: []].append(Pattern(
                    entry: variant, words: words, hashes: words.map { $0.map(TokenWords.hash) }))
            }
        }
        for key in byFirst.keys { byFirst[key]?.sort(by: Pattern.longerFirst) }
        self.entries = expanded
        self.patternsByFirstWord = byFirst
        table = PatternTable([byFirst])
    }

    /// Whether a single word (any case) is an entry of its own.
    public func contains(word: String) -> Bool {
        let key = TokenWords.normalise(word)
        return patternsByFirstWord[key]?.contains { $0.words.count == 1 } ?? false
    }

    /// Every match within `tokenRange` of `words`, sorted by start, not overlapping.
    public func matches(in words: TokenWords, tokens tokenRange: Range<Int>) -> [LexiconMatch] {
        var found: [LexiconMatch] = []
        var index = tokenRange.lowerBound
        while index < tokenRange.upperBound {
            if let end = longestMatch(at: index, in: words, limit: tokenRange.upperBound) {
                found.append(LexiconMatch(
                    lexicon: name, entry: end.entry, tokens: index..<end.next,
                    range: TextRange(words.ranges[index].start, words.ranges[end.next - 1].end)))
                index = end.next
            } else {
                index += 1
            }
        }
        return found
    }

    /// How many matches `matches(in:tokens:)` would find, counting no further than `limit`
    /// (no allocation: the fast path for features).
    public func matchCount(in words: TokenWords, tokens tokenRange: Range<Int>, limit: Int = .max) -> Int {
        var count = 0
        var index = tokenRange.lowerBound
        while index < tokenRange.upperBound, count < limit {
            if let end = longestMatch(at: index, in: words, limit: tokenRange.upperBound) {
                count += 1
                index = end.next
            } else {
                index += 1
            }
        }
        return count
    }

    /// Whether any entry matches within `tokenRange`.
    public func hasMatch(in words: TokenWords, tokens tokenRange: Range<Int>) -> Bool {
        tokenRange.contains { longestMatch(at: $0, in: words, limit: tokenRange.upperBound) != nil }
    }

    private func longestMatch(at index: Int, in words: TokenWords, limit: Int) -> (entry: String, next: Int)? {
        for position in table.bucket(of: words.hashes[index]) where table.startsWith(position, at: index, in: words) {
            let pattern = table.patterns[table[position].pattern]
            if let next = Lexicon.match(pattern, from: 1, at: index + 1, in: words, limit: limit) {
                return (pattern.entry, next)
            }
        }
        return nil
    }

    /// Matches `pattern[part...]` from token `index`; returns the token after the match.
    static func match(_ pattern: Pattern, from part: Int, at index: Int, in words: TokenWords, limit: Int) -> Int? {
        guard part < pattern.words.count else { return index }
        guard let word = pattern.words[part] else {
            for skip in 0...Lexicon.maximumGap where index + skip <= limit {
                if let next = match(pattern, from: part + 1, at: index + skip, in: words, limit: limit) {
                    return next
                }
            }
            return nil
        }
        guard index < limit, words.hashes[index] == pattern.hashes[part], words.words[index] == word else { return nil }
        return match(pattern, from: part + 1, at: index + 1, in: words, limit: limit)
    }
}

/// One place where a lexicon entry matched.
public struct LexiconMatch: Hashable, Sendable {
    /// The lexicon's name.
    public var lexicon: String
    /// The entry that matched, as expanded (`suggested`).
    public var entry: String
    /// The matched tokens, as indices into the token array (half-open).
    public var tokens: Range<Int>
    /// The matched text, Unicode-scalar offsets, end exclusive.
    public var range: TextRange
}

extension Lexicon {
    /// The entry itself, or for each word ending in `~` its verb forms (`Inflection.forms(of:)`).
    static func expand(_ entry: String) -> [String] {
        var variants: [[String]] = [[]]
        for word in entry.split(separator: " ").map(String.init) {
            let forms = word.hasSuffix("~") ? Inflection.forms(of: String(word.dropLast())) : [word]
            variants = variants.flatMap { prefix in forms.map { prefix + [$0] } }
        }
        return variants.map { $0.joined(separator: " ") }
    }
}
