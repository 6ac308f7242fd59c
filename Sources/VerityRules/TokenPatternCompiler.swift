/// Turns a pattern's syntax tree into NFA instructions (Thompson's construction).
enum TokenPatternCompiler {
    static func emit(_ node: TokenPatternNode, into program: inout [TokenPattern.Instruction]) {
        switch node {
        case .test(let test):
            program.append(.test(test))
        case .sequence(let items):
            for item in items { emit(item, into: &program) }
        case .alternatives(let options):
            var jumps: [Int] = []
            for (number, option) in options.enumerated() {
                if number == options.count - 1 {
                    emit(option, into: &program)
                } else {
                    let split = program.count
                    program.append(.split(split + 1, 0))
                    emit(option, into: &program)
                    jumps.append(program.count)
                    program.append(.jump(0))
                    program[split] = .split(split + 1, program.count)
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
        case .optional(let inner):
            let split = program.count
            program.append(.split(split + 1, 0))
            emit(inner, into: &program)
            program[split] = .split(split + 1, program.count)
        case .zeroOrMore(let inner):
            let split = program.count
            program.append(.split(split + 1, 0))
            emit(inner, into: &program)
            program.append(.jump(split))
            program[split] = .split(split + 1, program.count)
        case .oneOrMore(let inner):
            let start = program.count
            emit(inner, into: &program)
            program.append(.split(start, program.count + 1))
        }
    }

    /// The tests and accepts reachable from `starts` without consuming a token.
    static func closure(of starts: [Int], in program: [TokenPattern.Instruction]) -> [Int] {
        var buffer = TokenPatternBuffer()
        buffer.prepare(size: program.count)
        buffer.reset()
        for start in starts { buffer.addClosure(of: start, in: program) }
        return buffer.current
    }
}
