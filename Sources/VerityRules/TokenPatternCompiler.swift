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

    /// The test instructions reachable from `start` without consuming a token, in the order a
    /// depth-first walk taking each split's first branch first meets them, and whether an accept is.
    static func closure(of start: Int, in program: [TokenPattern.Instruction]) -> (tests: [Int], accepts: Bool) {
        var seen = Set<Int>()
        var stack = [start]
        var tests: [Int] = []
        var accepts = false
        while let pc = stack.popLast() {
            guard seen.insert(pc).inserted else { continue }
            switch program[pc] {
            case .split(let first, let second): stack.append(second); stack.append(first)
            case .jump(let target): stack.append(target)
            case .test: tests.append(pc)
            case .accept: accepts = true
            }
        }
        return (tests, accepts)
    }
}
