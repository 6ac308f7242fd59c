/// Turns a pattern's syntax tree into NFA instructions (Thompson's construction), and those into
/// the automaton the matcher runs, with every jump and split resolved ahead of time.
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

    /// The states of a program: one per test instruction, in program order, with the states each
    /// leads to (the tests reachable from the next instruction without consuming a token).
    struct Automaton {
        var tests: [CompiledTokenTest] = []
        var prefixes: [[Unicode.Scalar]] = []
        var starts: [Int] = []
        var startAccepts = false
        var next: [Int] = []
        var nextBounds: [Int] = [0]
        var acceptsAfter: [Bool] = []
    }

    static func automaton(of program: [TokenPattern.Instruction]) -> Automaton {
        var automaton = Automaton()
        var stateOf = [Int](repeating: -1, count: program.count)
        var testPCs: [Int] = []
        for (pc, instruction) in program.enumerated() {
            guard case .test(let test) = instruction else { continue }
            stateOf[pc] = testPCs.count
            testPCs.append(pc)
            automaton.tests.append(test.compiled(prefixes: &automaton.prefixes))
        }
        let start = closure(of: 0, in: program)
        automaton.starts = start.tests.map { stateOf[$0] }
        automaton.startAccepts = start.accepts
        for pc in testPCs {
            let reached = closure(of: pc + 1, in: program)
            automaton.next.append(contentsOf: reached.tests.map { stateOf[$0] })
            automaton.nextBounds.append(automaton.next.count)
            automaton.acceptsAfter.append(reached.accepts)
        }
        return automaton
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
