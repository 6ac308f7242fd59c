import VerityCore

/// The syntax tree of a token pattern.
indirect enum TokenPatternNode {
    case test(TokenTest)
    case sequence([TokenPatternNode])
    case alternatives([TokenPatternNode])
    case optional(TokenPatternNode)
    case zeroOrMore(TokenPatternNode)
    case oneOrMore(TokenPatternNode)
}

/// Parses the token pattern syntax described on `TokenPattern`, by recursive descent.
struct TokenPatternParser {
    private let scalars: [Unicode.Scalar]
    private let source: String
    private var index = 0
    private var depth = 0

    init(_ source: String) {
        self.source = source
        self.scalars = Array(source.unicodeScalars)
    }

    mutating func parse() throws(PatternError) -> TokenPatternNode {
        let node = try alternatives()
        skipSpace()
        guard index == scalars.count else { throw failure("unexpected '\(scalars[index])'") }
        return node
    }

    private func failure(_ problem: String) -> PatternError {
        PatternError(message: "bad pattern '\(source)': \(problem) at character \(index + 1)")
    }

    private mutating func skipSpace() {
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
    }

    private mutating func alternatives() throws(PatternError) -> TokenPatternNode {
        var options = [try sequence()]
        skipSpace()
        while index < scalars.count, scalars[index] == "|" {
            index += 1
            options.append(try sequence())
            skipSpace()
        }
        return options.count == 1 ? options[0] : .alternatives(options)
    }

    private mutating func sequence() throws(PatternError) -> TokenPatternNode {
        var items: [TokenPatternNode] = []
        while true {
            skipSpace()
            guard index < scalars.count, scalars[index] != "|", scalars[index] != ")" else { break }
            items.append(try quantified())
        }
        guard !items.isEmpty else { throw failure("empty alternative") }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func quantified() throws(PatternError) -> TokenPatternNode {
        let (atom, starAllowed) = try self.atom()
        guard index < scalars.count else { return atom }
        switch scalars[index] {
        case "?": index += 1; return .optional(atom)
        case "+": index += 1; return .oneOrMore(atom)
        case "*" where starAllowed: index += 1; return .zeroOrMore(atom)
        default: return atom
        }
    }

    private mutating func atom() throws(PatternError) -> (TokenPatternNode, starAllowed: Bool) {
        switch scalars[index] {
        case "(":
            depth += 1
            guard depth <= 8 else { throw failure("groups nested too deeply") }
            index += 1
            let inner = try alternatives()
            guard index < scalars.count, scalars[index] == ")" else { throw failure("missing ')'") }
            index += 1
            depth -= 1
            return (inner, true)
        case "<":
            let start = index + 1
            while index < scalars.count, scalars[index] != ">" { index += 1 }
            guard index < scalars.count else { throw failure("missing '>'") }
            let name = String(String.UnicodeScalarView(scalars[start..<index]))
            index += 1
            guard let test = TokenTest.classes[name] else {
                throw failure("unknown class <\(name)>; use one of " + TokenTest.classes.keys.sorted().map { "<\($0)>" }.joined(separator: ", "))
            }
            return (.test(test), true)
        case "*", "?", "+", ">":
            throw failure("'\(scalars[index])' with nothing to repeat")
        default:
            return (try word(), false)
        }
    }

    private mutating func word() throws(PatternError) -> TokenPatternNode {
        let start = index
        while index < scalars.count, !scalars[index].properties.isWhitespace, !"()|<>?+*".unicodeScalars.contains(scalars[index]) {
            index += 1
        }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        if index < scalars.count, scalars[index] == "*" {
            index += 1
            return .test(.prefix(text.unicodeScalars.map(TokenKey.fold)))
        }
        let keys = PhraseSet.keys(of: text)
        guard !keys.isEmpty else { throw failure("'\(text)' has no word to match") }
        return keys.count == 1 ? .test(.literal(keys[0])) : .sequence(keys.map { .test(.literal($0)) })
    }
}
