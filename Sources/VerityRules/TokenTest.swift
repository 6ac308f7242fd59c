import VerityCore

/// A test one token must pass in a token pattern, as the pattern's syntax tree holds it.
enum TokenTest: Hashable, Sendable {
    /// The token's folded text equals a word's.
    case literal(UInt64)
    /// The token's folded text starts with these scalars (`claim*`).
    case prefix([Unicode.Scalar])
    /// Any number (`<number>`).
    case number
    /// A number that is not a four-digit year (`<figure>`).
    case figure
    /// Any word (`<word>`).
    case word
    /// A word starting with a capital letter (`<cap>`).
    case capitalized
    /// A punctuation mark (`<punct>`).
    case punctuation
    /// Any token at all (`<any>`).
    case any

    /// The class names `<…>` can hold, for parsing and error messages.
    static let classes: [String: TokenTest] = [
        "number": .number, "figure": .figure, "word": .word, "cap": .capitalized,
        "punct": .punctuation, "any": .any,
    ]

    /// The test as the matcher runs it; a prefix is stored in `prefixes` and named by index.
    func compiled(prefixes: inout [[Unicode.Scalar]]) -> CompiledTokenTest {
        switch self {
        case .literal(let key): return CompiledTokenTest(mode: .literal, value: key)
        case .prefix(let scalars):
            prefixes.append(scalars)
            return CompiledTokenTest(mode: .prefix, value: UInt64(prefixes.count - 1))
        case .number: return CompiledTokenTest(classes: .number)
        case .figure: return CompiledTokenTest(classes: .figure)
        case .word: return CompiledTokenTest(classes: .word)
        case .capitalized: return CompiledTokenTest(classes: .capitalized)
        case .punctuation: return CompiledTokenTest(classes: .punctuation)
        case .any: return CompiledTokenTest(mode: .any, value: 0)
        }
    }
}

/// A `TokenTest` flattened for the matcher's inner loop: a plain value that copies without
/// reference counting and answers from the token keys and classes `RuleContext` computed.
struct CompiledTokenTest: Sendable {
    enum Mode: UInt8, Sendable {
        case literal, classes, prefix, any
    }

    let mode: Mode
    /// The literal's key, the class bits, or the prefix's index in the pattern's prefix table.
    let value: UInt64

    init(mode: Mode, value: UInt64) {
        self.mode = mode
        self.value = value
    }

    init(classes: TokenClasses) {
        self.init(mode: .classes, value: UInt64(classes.rawValue))
    }

    /// Whether token `index` of `context` passes; `prefixes` is the pattern's prefix table.
    @inline(__always)
    func passes(_ index: Int, in context: RuleContext, prefixes: [[Unicode.Scalar]]) -> Bool {
        switch mode {
        case .literal: return context.keys[index] == value
        case .classes: return UInt64(context.classes[index].rawValue) & value != 0
        case .any: return true
        case .prefix:
            let token = context.tokens[index]
            return token.kind == .word && TokenKey.hasPrefix(context.scalars, token.range.offsets, prefixes[Int(value)])
        }
    }
}
