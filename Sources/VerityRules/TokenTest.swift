import VerityCore

/// A test one token must pass in a token pattern.
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

    /// Whether token `index` of `context` passes.
    func passes(_ index: Int, in context: RuleContext) -> Bool {
        let token = context.tokens[index]
        switch self {
        case .literal(let key): return context.keys[index] == key
        case .prefix(let prefix):
            return token.kind == .word && TokenKey.hasPrefix(context.scalars, token.range.offsets, prefix)
        case .number: return Self.isNumber(token, context.scalars)
        case .figure: return Self.isNumber(token, context.scalars) && !Self.isYear(token.range, context.scalars)
        case .word: return token.kind == .word
        case .capitalized:
            return token.kind == .word && context.scalars[token.range.start].properties.isUppercase
        case .punctuation: return token.kind == .punctuation
        case .any: return true
        }
    }

    /// Whether a token is a number that starts with a digit (a lone combining mark is not one).
    static func isNumber(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        token.kind == .number && scalars[token.range.start].properties.numericType != nil
    }

    /// Whether a number token reads as a year: four plain digits from 1800 to 2099.
    static func isYear(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> Bool {
        guard range.length == 4 else { return false }
        var value = 0
        for index in range.offsets {
            guard let digit = scalars[index].properties.numericType != nil ? Int(String(scalars[index])) : nil else {
                return false
            }
            value = value * 10 + digit
        }
        return (1800...2099).contains(value)
    }
}
