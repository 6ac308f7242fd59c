/// A compiled token pattern: a small regular language over tokens, run as a Thompson NFA
/// (state sets, no backtracking) over at most `maxTokens` tokens from each start, so matching
/// costs at most tokens × maxTokens × states whatever the pattern says.
///
/// Syntax: words match tokens (case-insensitive); `word*` matches a token starting with `word`;
/// `<number>`, `<figure>`, `<word>`, `<cap>`, `<punct>`, `<any>` match classes of tokens;
/// `( … | … )` groups alternatives; `?`, `+` follow a word, class or group, `*` a class or group.
struct TokenPattern: Sendable {
    /// One step of the program the syntax tree compiles to (Thompson's construction).
    enum Instruction: Sendable {
        case test(TokenTest)
        case split(Int, Int)
        case jump(Int)
        case accept
    }

    /// The longest match a pattern may have, in tokens.
    static let maxTokens = 16

    /// The pattern as written.
    let source: String
    /// The program with its jumps and splits resolved.
    let automaton: TokenAutomaton

    /// Compiles `source`, throwing a message that says what is wrong.
    init(_ source: String) throws(PatternError) {
        try self.init(anyOf: [source])
    }

    /// Compiles several patterns into one program that matches any of them (longest wins), so
    /// a rule with many patterns still makes one pass per token.
    init(anyOf sources: [String]) throws(PatternError) {
        var nodes: [TokenPatternNode] = []
        for source in sources {
            var parser = TokenPatternParser(source)
            nodes.append(try parser.parse())
        }
        let node: TokenPatternNode = nodes.count == 1 ? nodes[0] : .alternatives(nodes)
        let source = sources.joined(separator: " | ")
        var program: [Instruction] = []
        TokenPatternCompiler.emit(node, into: &program)
        program.append(.accept)
        let automaton = TokenAutomaton(program: program)
        guard !automaton.startAccepts else { throw PatternError(message: "pattern '\(source)' can match no words at all") }
        self.source = source
        self.automaton = automaton
    }

    /// The tokens a match can begin at.
    var firstTokens: FirstTokens { automaton.firstTokens }

    /// The length in tokens of the longest match starting at token `start` and ending before
    /// token `limit`, or nil when none does.
    func longestMatch(at start: Int, limit: Int, in context: RuleContext, buffer: inout TokenPatternBuffer) -> Int? {
        let end = min(limit, start + Self.maxTokens)
        guard start < end else { return nil }
        buffer.begin(stateCount: automaton.tests.count)
        var accepts = false
        var classStarted = false
        for state in automaton.otherStarts where automaton.passes(state, start, in: context) {
            classStarted = true
            accepts = automaton.follow(state, into: &buffer) || accepts
        }
        if let group = automaton.startGroup(forKey: context.keys[start]) {
            // Only the word started states, and the next token continues none of them: the word
            // alone decides, without stepping the automaton.
            if !classStarted, start + 1 >= end || !automaton.mayContinue(group, at: start + 1, in: context) {
                return automaton.accepts(group: group) ? 1 : nil
            }
            for state in automaton.states(ofGroup: group) {
                accepts = automaton.follow(state, into: &buffer) || accepts
            }
        }
        var best: Int? = accepts ? 1 : nil
        var index = start + 1
        while index < end, buffer.hasStates {
            buffer.advance()
            accepts = false
            for position in 0..<buffer.previousCount {
                let state = buffer.previous(at: position)
                guard automaton.passes(state, index, in: context) else { continue }
                accepts = automaton.follow(state, into: &buffer) || accepts
            }
            index += 1
            if accepts { best = index - start }
        }
        return best
    }
}

/// Why a token pattern could not be compiled.
struct PatternError: Error {
    var message: String
}
