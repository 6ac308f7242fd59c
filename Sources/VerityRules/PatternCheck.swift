import VerityCore

/// Finds token patterns (`kind: pattern`; syntax on `TokenPattern`), leftmost-longest and
/// without overlaps, inside sentences.
///
/// ```yaml
/// match:
///   - (analysts | critics | observers) (say | said | believe)
///   - it is (widely)? (believed | thought)
/// ```
struct PatternCheck: Check {
    static let scopes: [RuleScope] = [.token, .sentence, .article]
    static let variables: [String] = []

    /// The patterns, compiled into one program.
    let pattern: TokenPattern

    init(match: YAMLValue, path: String) throws(RuleLoadError) {
        let sources = try YAMLMapping.strings(match, key: "match", path: path)
        guard !sources.isEmpty else {
            throw RuleLoadError(path: path, location: match.location, message: "a pattern check needs at least one pattern")
        }
        for source in sources {
            do { _ = try TokenPattern(source) } catch {
                throw RuleLoadError(path: path, location: match.location, message: error.message)
            }
        }
        do { pattern = try TokenPattern(anyOf: sources) } catch {
            throw RuleLoadError(path: path, location: match.location, message: error.message)
        }
    }

    /// A match starts where the pattern's first token test can pass.
    var firstTokens: FirstTokens? { pattern.firstTokens }

    func matches(in context: RuleContext, starts: [Int]?) -> [CheckMatch] {
        var buffer = TokenPatternBuffer()
        let found = context.leftmostLongest(at: starts ?? pattern.firstTokens.candidates(in: context)) { start, limit in
            pattern.longestMatch(at: start, limit: limit, in: context, buffer: &buffer).map { ($0, 0) }
        }
        return found.map { CheckMatch(range: context.range(ofTokens: $0.start, count: $0.length), sentenceIndex: $0.sentence) }
    }
}
