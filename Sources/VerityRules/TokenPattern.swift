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
    /// Keys a match must start with, when every first step is a plain word (a fast pre-filter).
    let firstKeys: Set<UInt64>?

    /// Compiles `source`, throwing a message that says what is wrong.
    init(_ source: String) throws(PatternError) {
        var parser = TokenPatternParser(source)
        let node = try parser.parse()
        var program: [Instruction] = []
        TokenPatternCompiler.emit(node, into: &program)
        program.append(.accept)
        self.program = program
        self.source = source
        var firstKeys: Set<UInt64> = []
        var allLiteral = true
        for pc in TokenPatternCompiler.closure(of: [0], in: program) {
            switch program[pc] {
            case .test(.literal(let key)): firstKeys.insert(key)
            case .accept: throw PatternError(message: "pattern '\(source)' can match no words at all")
            case .test: allLiteral = false
            case .split, .jump: break
            }
        }
        self.firstKeys = allLiteral ? firstKeys : nil
    }

    /// The length in tokens of the longest match starting at token `start` and ending before
    /// token `limit`, or nil when none does.
    func longestMatch(at start: Int, limit: Int, in context: RuleContext, buffer: inout TokenPatternBuffer) -> Int? {
        if let firstKeys, !firstKeys.contains(context.keys[start]) { return nil }
        let end = min(limit, start + Self.maxTokens)
        buffer.prepare(size: program.count)
        var current = buffer.closure(of: [0], in: program)
        var best: Int?
        var index = start
        while index < end, !current.isEmpty {
            var next: [Int] = []
            for pc in current {
                if case .test(let test) = program[pc], test.passes(index, in: context) { next.append(pc + 1) }
            }
            current = buffer.closure(of: next, in: program)
            index += 1
            if current.contains(where: { if case .accept = program[$0] { true } else { false } }) {
                best = index - start
            }
        }
        return best
    }
}

/// Why a token pattern could not be compiled.
struct PatternError: Error {
    var message: String
}

/// Scratch space for matching, reused across starts so matching allocates little.
struct TokenPatternBuffer {
    private var seen: [Int] = []
    private var generation = 0

    mutating func prepare(size: Int) {
        if seen.count < size { seen = Array(repeating: 0, count: size) }
    }

    /// The instructions reachable from `starts` without consuming a token, in priority order.
    mutating func closure(of starts: [Int], in program: [TokenPattern.Instruction]) -> [Int] {
        generation += 1
        var result: [Int] = []
        var stack = Array(starts.reversed())
        while let pc = stack.popLast() {
            guard seen[pc] != generation else { continue }
            seen[pc] = generation
            switch program[pc] {
            case .split(let first, let second): stack.append(second); stack.append(first)
            case .jump(let target): stack.append(target)
            case .test, .accept: result.append(pc)
            }
        }
        return result
    }
}
