import VerityCore

/// The token classes a rule can ask about (`<number>`, `<cap>`, …), as bits computed once per
/// token when a `RuleContext` is made, so that pattern matching and conditions never look up
/// Unicode properties in their loops.
struct TokenClasses: OptionSet, Sendable {
    let rawValue: UInt8

    /// A word token (`<word>`).
    static let word = TokenClasses(rawValue: 1 << 0)
    /// A number that starts with a digit (`<number>`); a lone combining mark is not one.
    static let number = TokenClasses(rawValue: 1 << 1)
    /// A number that is not a four-digit year from 1800 to 2099 (`<figure>`).
    static let figure = TokenClasses(rawValue: 1 << 2)
    /// A word that starts with an upper-case letter (`<cap>`).
    static let capitalized = TokenClasses(rawValue: 1 << 3)
    /// A punctuation mark (`<punct>`).
    static let punctuation = TokenClasses(rawValue: 1 << 4)

    /// The classes of `token` in `scalars`.
    init(_ token: Token, _ scalars: [Unicode.Scalar]) {
        let first = scalars[token.range.start]
        var classes: TokenClasses = []
        switch token.kind {
        case .word:
            classes.insert(.word)
            if Self.isUppercase(first) { classes.insert(.capitalized) }
        case .number where Self.isDigit(first):
            classes.insert(.number)
            if !Self.isYear(token.range, scalars) { classes.insert(.figure) }
        case .punctuation:
            classes.insert(.punctuation)
        case .number, .symbol:
            break
        }
        self = classes
    }

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Whether `scalar` is upper case; ASCII answers without a property lookup.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
    }

    /// Whether `scalar` has a numeric type (a digit in some script, a fraction, a numeral);
    /// in ASCII only 0–9 do.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType != nil
    }

    /// Whether a number token reads as a year: four plain digits from 1800 to 2099.
    static func isYear(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> Bool {
        guard range.length == 4 else { return false }
        var value = 0
        for index in range.offsets {
            // Int(String(scalar)) reads only ASCII digits, so other scripts' digits are no year.
            let scalar = scalars[index]
            guard (0x30...0x39).contains(scalar.value) else { return false }
            value = value * 10 + Int(scalar.value - 0x30)
        }
        return (1800...2099).contains(value)
    }
}
