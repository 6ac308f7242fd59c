/// A token pattern's program with every jump and split resolved ahead of time: each state is
/// one token test, and passing it leads to a precomputed list of states (and perhaps to a
/// match), so a step of the matcher only tests tokens and marks states. The first token is
/// looked up by key rather than tested against every word a match may start with.
struct TokenAutomaton: Sendable {
    /// The test of each state.
    let tests: [CompiledTokenTest]
    /// The scalars of `word*` tests, indexed by their tests' values.
    let prefixes: [[Unicode.Scalar]]
    /// The states reached by passing state `s`: `next[nextBounds[s]..<nextBounds[s + 1]]`.
    private let next: [Int]
    private let nextBounds: [Int]
    /// Whether passing state `s` completes a match.
    private let acceptsAfter: [Bool]
    /// The start states that test a literal, grouped by key: `startsByKey` gives a key's group
    /// `g`, whose states are `startGroups[startGroupBounds[g]..<startGroupBounds[g + 1]]`.
    private let startsByKey: KeyTable
    private let startGroups: [Int]
    private let startGroupBounds: [Int]
    /// The other start states (classes, prefixes, any token).
    let otherStarts: [Int]
    /// Whether the program accepts before any token: a pattern that can match no words.
    let startAccepts: Bool
    /// The tokens a match can begin at.
    let firstTokens: FirstTokens

    init(program: [TokenPattern.Instruction]) {
        var stateOf = [Int](repeating: -1, count: program.count)
        var testPCs: [Int] = []
        var tests: [CompiledTokenTest] = []
        var prefixes: [[Unicode.Scalar]] = []
        for (pc, instruction) in program.enumerated() {
            guard case .test(let test) = instruction else { continue }
            stateOf[pc] = testPCs.count
            testPCs.append(pc)
            tests.append(test.compiled(prefixes: &prefixes))
        }
        var next: [Int] = []
        var nextBounds = [0]
        var acceptsAfter: [Bool] = []
        for pc in testPCs {
            let reached = TokenPatternCompiler.closure(of: pc + 1, in: program)
            next += reached.tests.map { stateOf[$0] }
            nextBounds.append(next.count)
            acceptsAfter.append(reached.accepts)
        }
        let start = TokenPatternCompiler.closure(of: 0, in: program)
        var statesByKey: [UInt64: [Int]] = [:]
        var keyOrder: [UInt64] = []
        var otherStarts: [Int] = []
        var firstTokens = FirstTokens()
        for state in start.tests.map({ stateOf[$0] }) {
            let test = tests[state]
            switch test.mode {
            case .literal:
                if statesByKey[test.value] == nil { keyOrder.append(test.value) }
                statesByKey[test.value, default: []].append(state)
            case .classes:
                otherStarts.append(state)
                firstTokens.classes.formUnion(TokenClasses(rawValue: UInt8(truncatingIfNeeded: test.value)))
            case .prefix, .any:
                otherStarts.append(state)
                firstTokens.everyToken = true
            }
        }
        var startsByKey = KeyTable()
        var startGroups: [Int] = []
        var startGroupBounds = [0]
        for (group, key) in keyOrder.enumerated() {
            startsByKey.set(group, node: 0, key: key)
            startGroups += statesByKey[key] ?? []
            startGroupBounds.append(startGroups.count)
        }
        firstTokens.keys = keyOrder
        self.tests = tests
        self.prefixes = prefixes
        self.next = next
        self.nextBounds = nextBounds
        self.acceptsAfter = acceptsAfter
        self.startsByKey = startsByKey
        self.startGroups = startGroups
        self.startGroupBounds = startGroupBounds
        self.otherStarts = otherStarts
        self.startAccepts = start.accepts
        self.firstTokens = firstTokens
    }

    /// The start states whose literal is `key`.
    @inline(__always)
    func startStates(forKey key: UInt64) -> ArraySlice<Int> {
        guard let group = startsByKey.value(node: 0, key: key) else { return [] }
        return startGroups[startGroupBounds[group]..<startGroupBounds[group + 1]]
    }

    /// Whether token `index` of `context` passes the test of `state`.
    @inline(__always)
    func passes(_ state: Int, _ index: Int, in context: RuleContext) -> Bool {
        tests[state].passes(index, in: context, prefixes: prefixes)
    }

    /// Adds the states that passing `state` leads to; returns whether passing it completes a match.
    @inline(__always)
    func follow(_ state: Int, into buffer: inout TokenPatternBuffer) -> Bool {
        for target in nextBounds[state]..<nextBounds[state + 1] { buffer.add(next[target]) }
        return acceptsAfter[state]
    }
}
