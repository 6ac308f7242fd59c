/// A compiled token pattern: a small regular language over tokens, run as a Thompson NFA
/// (state sets, no backtracking) over at most `maxTokens` tokens from each start, so matching
/// costs at most tokens × maxTokens × instructions whatever the pattern says.
///
/// Syntax: words match tokens (case-insensitive); `word*` matches a token starting with `word`;
/// `<number>`, `<figure>`, `<word>`, `<cap>`, `<punct>`, `<any>` match classes of tokens;
/// `( … | … )` groups alternatives; `?`, `+` follow a word, class or group, `*` a class or group.
struct TokenPattern: Sendable {
    /// One step of the program.
    enum Instruction: Sendable {
        case test(TokenTest)
        case split(Int, Int)
        case jump(Int)
        case accept
    }

    /// The longest match a pattern may have, in tokens.
    static let maxTokens = 16

    /// The program; execution starts at 0.
    let program: [Instruction]
    /// The pattern as written.
    let source: String
    /// Words a match may start with, as a quick filter over token keys.
    let firstKeys: KeyFilter
    /// The other tests a match may start with (classes, prefixes); a token passing none of these
    /// and not in `firstKeys` cannot start a match.
    let firstTests: [TokenTest]

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
        self.program = program
        self.source = source
        var firstKeys = KeyFilter()
        var firstTests: [TokenTest] = []
        for pc in TokenPatternCompiler.closure(of: [0], in: program) {
            switch program[pc] {
            case .test(.literal(let key)): firstKeys.insert(key)
            case .test(let test): firstTests.append(test)
            case .accept: throw PatternError(message: "pattern '\(source)' can match no words at all")
            case .split, .jump: break
            }
        }
        self.firstKeys = firstKeys
        self.firstTests = firstTests
    }

    /// The length in tokens of the longest match starting at token `start` and ending before
    /// token `limit`, or nil when none does.
    func longestMatch(at start: Int, limit: Int, in context: RuleContext, buffer: inout TokenPatternBuffer) -> Int? {
        guard firstKeys.mayContain(context.keys[start]) || firstTests.contains(where: { $0.passes(start, in: context) }) else {
            return nil
        }
        let end = min(limit, start + Self.maxTokens)
        buffer.prepare(size: program.count)
        buffer.reset()
        buffer.addClosure(of: 0, in: program)
        var best: Int?
        var index = start
        while index < end, !buffer.current.isEmpty {
            buffer.swap()
            for pc in buffer.previous {
                guard case .test(let test) = program[pc], test.passes(index, in: context) else { continue }
                buffer.addClosure(of: pc + 1, in: program)
            }
            index += 1
            if buffer.accepts { best = index - start }
        }
        return best
    }
}

/// Why a token pattern could not be compiled.
struct PatternError: Error {
    var message: String
}

/// Scratch space for matching, reused across starts and steps so matching does not allocate:
/// the current state list, the previous one, and generation marks for the closure.
struct TokenPatternBuffer {
    private(set) var current: [Int] = []
    private(set) var previous: [Int] = []
    private(set) var accepts = false
    private var seen: [Int] = []
    private var stack: [Int] = []
    private var generation = 0

    mutating func prepare(size: Int) {
        if seen.count < size { seen = Array(repeating: 0, count: size) }
    }

    /// Starts a match: an empty current list and a new step.
    mutating func reset() {
        current.removeAll(keepingCapacity: true)
        generation += 1
        accepts = false
    }

    /// Makes the current list the previous one and starts an empty current list for a new step.
    mutating func swap() {
        Swift.swap(&current, &previous)
        current.removeAll(keepingCapacity: true)
        generation += 1
        accepts = false
    }

    /// Adds the tests and accepts reachable from `start` without consuming a token to the
    /// current list, skipping instructions already added in this step.
    mutating func addClosure(of start: Int, in program: [TokenPattern.Instruction]) {
        stack.removeAll(keepingCapacity: true)
        stack.append(start)
        while let pc = stack.popLast() {
            guard seen[pc] != generation else { continue }
            seen[pc] = generation
            switch program[pc] {
            case .split(let first, let second): stack.append(second); stack.append(first)
            case .jump(let target): stack.append(target)
            case .test: current.append(pc)
            case .accept: accepts = true; current.append(pc)
            }
        }
    }
}
