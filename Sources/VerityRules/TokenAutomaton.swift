/// A token pattern's program with every jump and split resolved ahead of time: each state is
/// one token test, and passing it leads to a precomputed list of states (and perhaps to a
/// match), so a step of the matcher only tests tokens and marks states. The first token is
/// looked up by key rather than tested against every word a match may start with, and most
/// starts end there: the second token is checked against what could follow the first word.
struct TokenAutomaton: Sendable {
    /// The start states that test one word, and what can follow that word.
    struct StartGroup: Sendable {
        /// The states, as positions in `startGroups`.
        var states: Range<Int>
        /// Whether the word alone is a match.
        var accepts = false
        /// Classes a second token may be in to continue a match.
        var nextClasses: TokenClasses = []
        /// Whether any second token may continue a match (a prefix or `<any>` test follows).
        var nextAnything = false
    }

    /// The test of each state.
    let tests: [CompiledTokenTest]
    /// The scalars of `word*` tests, indexed by their tests' values.
    let prefixes: [[Unicode.Scalar]]
    /// The states reached by passing state `s`: `next[nextBounds[s]..<nextBounds[s + 1]]`.
    private let next: [Int]
    private let nextBounds: [Int]
    /// Whether passing state `s` completes a match.
    private let acceptsAfter: [Bool]
    /// The start states that test a literal, grouped by key: `startsByKey` gives a key's group.
    private let startsByKey: KeyTable
    private let groups: [StartGroup]
    private let startGroups: [Int]
    /// Under node `g + 1`, the words a second token may be to continue a match of group `g`.
    private let continuations: KeyTable
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
        var groups: [StartGroup] = []
        var startGroups: [Int] = []
        var continuations = KeyTable()
        for (number, key) in keyOrder.enumerated() {
            startsByKey.set(number, node: 0, key: key)
            let lower = startGroups.count
            startGroups += statesByKey[key] ?? []
            var group = StartGroup(states: lower..<startGroups.count)
            for state in startGroups[group.states] {
                group.accepts = group.accepts || acceptsAfter[state]
                for target in next[nextBounds[state]..<nextBounds[state + 1]] {
                    let test = tests[target]
                    switch test.mode {
                    case .literal: continuations.set(0, node: number + 1, key: test.value)
                    case .classes: group.nextClasses.formUnion(TokenClasses(rawValue: UInt8(truncatingIfNeeded: test.value)))
                    case .prefix, .any: group.nextAnything = true
                    }
                }
            }
            groups.append(group)
        }
        firstTokens.keys = keyOrder
        self.tests = tests
        self.prefixes = prefixes
        self.next = next
        self.nextBounds = nextBounds
        self.acceptsAfter = acceptsAfter
        self.startsByKey = startsByKey
        self.groups = groups
        self.startGroups = startGroups
        self.continuations = continuations
        self.otherStarts = otherStarts
        self.startAccepts = start.accepts
        self.firstTokens = firstTokens
    }

    /// The group of start states whose literal is `key`, if any.
    @inline(__always)
    func startGroup(forKey key: UInt64) -> Int? {
        startsByKey.value(node: 0, key: key)
    }

    /// The start states of group `group`.
    @inline(__always)
    func states(ofGroup group: Int) -> ArraySlice<Int> {
        startGroups[groups[group].states]
    }

    /// Whether group `group`'s word alone is a match.
    func accepts(group: Int) -> Bool {
        groups[group].accepts
    }

    /// Whether token `index` of `context` may continue a match whose first token started
    /// group `group` (false means it certainly does not).
    @inline(__always)
    func mayContinue(_ group: Int, at index: Int, in context: RuleContext) -> Bool {
        let info = groups[group]
        return info.nextAnything || !context.classes[index].isDisjoint(with: info.nextClasses)
            || continuations.value(node: group + 1, key: context.keys[index]) != nil
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
