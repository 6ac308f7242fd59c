import VerityCore

/// Splits a body into words, numbers and punctuation marks.
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `document`'s body, sorted by start.
    public func tokens(in document: Document) -> [Token] {
        let scalars = document.scalars
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                let start = index
                var hasLetter = false
                while index < scalars.count {
                    let current = scalars[index]
                    if current.properties.isAlphabetic { hasLetter = true; index += 1; continue }
                    if current.properties.numericType != nil { index += 1; continue }
                    let joinsWord = current == "'" || current == "\u{2019}" || current == "-" || current == "." || current == ","
                    if joinsWord, index + 1 < scalars.count,
                        scalars[index + 1].properties.isAlphabetic || scalars[index + 1].properties.numericType != nil,
                        current != "." || !hasLetter, current != "," || !hasLetter
                    {
                        index += 1
                        continue
                    }
                    break
                }
                tokens.append(Token(range: TextRange(start, index), kind: hasLetter ? .word : .number))
            } else {
                let kind: Token.Kind = scalar.properties.generalCategory.isPunctuation ? .punctuation : .symbol
                tokens.append(Token(range: TextRange(index, index + 1), kind: kind))
                index += 1
            }
        }
        return tokens
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            true
        default:
            false
        }
    }
}
