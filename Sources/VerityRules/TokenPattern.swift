/// A compiled token pattern: a small regular language over tokens, run as a Thompson NFA
/// (state sets, no backtracking) over at most `maxTokens` tokens from each start, so matching
/// costs at most tokens × maxTokens × states whatever the pattern says.
///
/// Syntax: words match tokens (case-insensitive); `word*` matches a token starting with `word`;
/// `<number>`, `<figure>`, `<word>`, `<cap>`, `<punct>`, `<any>` match classes of tokens;
/// `( … | … )` groups alternatives; `?`, `+` follow a word, class or group, `*` a class or group.
///
/// The program's jumps and splits are resolved when the pattern is compiled: each state is one
/// token test, and passing it leads to a precomputed list of states (and perhaps acceptance),
/// so a step of the matcher only tests tokens and marks states.
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
    /// The test of each state.
    let tests: [CompiledTokenTest]
    /// The scalars of `word*` tests, indexed by their tests' values.
    let prefixes: [[Unicode.Scalar]]
    /// The start states that test a literal, grouped by key: the group of key `k` is
    /// `startGroups[startGroupBounds[g]..<startGroupBounds[g + 1]]` where `g` is `startsByKey`'s
    /// value for `k`; the first token is looked up here instead of tested against every word.
    let startsByKey: KeyTable
    let startGroups: [Int]
    let startGroupBounds: [Int]
    /// The other start states (classes, prefixes).
    let otherStarts: [Int]
    /// The states reached by passing state `s`: `next[nextBounds[s]..<nextBounds[s + 1]]`.
    let next: [Int]
    let nextBounds: [Int]
    /// Whether passing state `s` completes a match.
    let acceptsAfter: [Bool]
    /// The tokens a match can begin at.
    let firstTokens: FirstTokens

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
        let automaton = TokenPatternCompiler.automaton(of: program)
        guard !automaton.startAccepts else { throw PatternError(message: "pattern '\(source)' can match no words at all") }
        self.source = source
        tests = automaton.tests
        prefixes = automaton.prefixes
        var startsByKey = KeyTable()
        var groups: [UInt64: [Int]] = [:]
        var keyOrder: [UInt64] = []
        var otherStarts: [Int] = []
        for state in automaton.starts {
            let test = automaton.tests[state]
            guard test.mode == .literal else { otherStarts.append(state); continue }
            if groups[test.value] == nil { keyOrder.append(test.value) }
            groups[test.value, default: []].append(state)
        }
        var startGroups: [Int] = []
        var startGroupBounds = [0]
        for (group, key) in keyOrder.enumerated() {
            startsByKey.set(group, node: 0, key: key)
            startGroups += groups[key] ?? []
            startGroupBounds.append(startGroups.count)
        }
        self.startsByKey = startsByKey
        self.startGroups = startGroups
        self.startGroupBounds = startGroupBounds
        self.otherStarts = otherStarts
        next = automaton.next
        nextBounds = automaton.nextBounds
        acceptsAfter = automaton.acceptsAfter
        var firstTokens = FirstTokens(keys: keyOrder)
        for state in otherStarts {
            let test = automaton.tests[state]
            if test.mode == .classes {
                firstTokens.classes.formUnion(TokenClasses(rawValue: UInt8(truncatingIfNeeded: test.value)))
            } else {
                firstTokens.everyToken = true
            }
        }
        self.firstTokens = firstTokens
    }

    /// The length in tokens of the longest match starting at token `start` and ending before
    /// token `limit`, or nil when none does.
    func longestMatch(at start: Int, limit: Int, in context: RuleContext, buffer: inout TokenPatternBuffer) -> Int? {
        let end = min(limit, start + Self.maxTokens)
        guard start < end else { return nil }
        buffer.begin(stateCount: tests.count)
        var accepts = false
        if let group = startsByKey.value(node: 0, key: context.keys[start]) {
            for state in startGroups[startGroupBounds[group]..<startGroupBounds[group + 1]] {
                accepts = follow(state, into: &buffer) || accepts
            }
        }
        for state in otherStarts where tests[state].passes(start, in: context, prefixes: prefixes) {
            accepts = follow(state, into: &buffer) || accepts
        }
        var best: Int? = accepts ? 1 : nil
        var index = start + 1
        while index < end, buffer.hasStates {
            buffer.advance()
            accepts = false
            for position in 0..<buffer.previousCount {
                let state = buffer.previous(at: position)
                guard tests[state].passes(index, in: context, prefixes: prefixes) else { continue }
                accepts = follow(state, into: &buffer) || accepts
            }
            index += 1
            if accepts { best = index - start }
        }
        return best
    }

    /// Adds the states that passing `state` leads to; returns whether passing it completes a match.
    @inline(__always)
    private func follow(_ state: Int, into buffer: inout TokenPatternBuffer) -> Bool {
        for target in nextBounds[state]..<nextBounds[state + 1] { buffer.add(next[target]) }
        return acceptsAfter[state]
    }
}

/// Why a token pattern could not be compiled.
struct PatternError: Error {
    var message: String
}

/// Scratch space for matching, reused across starts and steps so matching does not allocate:
/// the states of the current step, those of the previous one, and generation marks that keep a
/// state from being added twice in one step.
struct TokenPatternBuffer {
    private var current: [Int] = []
    private var previous: [Int] = []
    private var seen: [Int] = []
    private var generation = 0

    /// Starts a match with no states, for an automaton of `stateCount` states.
    mutating func begin(stateCount: Int) {
        if seen.count < stateCount { seen = Array(repeating: 0, count: stateCount) }
        current.removeAll(keepingCapacity: true)
        generation += 1
    }

    /// Whether any state is active.
    var hasStates: Bool { !current.isEmpty }

    /// Makes the current states the previous ones and starts an empty step.
    mutating func advance() {
        swap(&current, &previous)
        current.removeAll(keepingCapacity: true)
        generation += 1
    }

    /// The number of states of the previous step.
    var previousCount: Int { previous.count }

    /// The previous step's state at `position`.
    func previous(at position: Int) -> Int { previous[position] }

    /// Adds `state` to the current step unless it is there already.
    mutating func add(_ state: Int) {
        guard seen[state] != generation else { return }
        seen[state] = generation
        current.append(state)
    }
}
