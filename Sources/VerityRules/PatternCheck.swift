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

    func matches(in context: RuleContext) -> [CheckMatch] {
        var result: [CheckMatch] = []
        var buffer = TokenPatternBuffer()
        for (sentenceIndex, sentence) in context.analysis.sentences.enumerated() {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                // Most tokens start no match; the filter answers for them without the automaton.
                guard pattern.mayStart(at: index, in: context) else {
                    index += 1
                    continue
                }
                let longest = pattern.longestMatch(at: index, limit: sentence.tokens.upperBound, in: context, buffer: &buffer) ?? 0
                if longest > 0 {
                    result.append(CheckMatch(range: context.range(ofTokens: index, count: longest), sentenceIndex: sentenceIndex))
                    index += longest
                } else {
                    index += 1
                }
            }
        }
        return result
    }
}
