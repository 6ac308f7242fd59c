import VerityCore

/// Splits a body into words, numbers and punctuation marks.
///
/// Words keep inner apostrophes and hyphens (`don't`, `Iran’s`, `cease-fire`); numbers keep
/// decimal points and thousands separators (`3.5`, `1,200`); abbreviations keep their final
/// period (`U.S.`, `Gen.`, `J.`), so a lone `.` token always ends a sentence candidate.
public struct Tokenizer: Sendable {
    public init() {}

    /// The tokens of `document`'s body, sorted by start, in Unicode-scalar offsets.
    public func tokens(in document: Document) -> [Token] {
        let scalars = document.scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isSpace {
                index += 1
            } else if scalar.isWordCharacter {
                let (end, kind) = wordEnd(from: index, in: scalars)
                tokens.append(Token(range: TextRange(index, end), kind: kind))
                index = end
            } else {
                let kind: Token.Kind = scalar.properties.generalCategory.isPunctuation ? .punctuation : .symbol
                tokens.append(Token(range: TextRange(index, index + 1), kind: kind))
                index += 1
            }
        }
        return tokens
    }

    /// The end of the word or number starting at `start`, and its kind.
    private func wordEnd(from start: Int, in scalars: [Unicode.Scalar]) -> (Int, Token.Kind) {
        var index = start
        var hasLetter = false
        var hasInnerPeriod = false
        while index < scalars.count {
            let current = scalars[index]
            if current.isLetter {
                hasLetter = true
                index += 1
                continue
            }
            if current.isWordCharacter {
                index += 1
                continue
            }
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            guard let next, next.isWordCharacter else { break }
            switch current {
            case "'", "\u{2019}", "-", "\u{2010}", "\u{2011}":
                index += 1
                continue
            case ".":
                // `U.S`, `a.m`, `3.5`: a period between a short segment and a letter or digit.
                let segment = index - segmentStart(before: index, from: start, in: scalars)
                if (segment == 1 && next.isLetter) || (!hasLetter && next.isDigit) {
                    hasInnerPeriod = true
                    index += 1
                    continue
                }
            case ",":
                if !hasLetter, next.isDigit { index += 1; continue }
            default:
                break
            }
            break
        }
        if index < scalars.count, scalars[index] == ".", hasLetter,
            hasInnerPeriod || Abbreviations.keepsPeriod(scalars[start..<index])
        {
            index += 1
        }
        return (index, hasLetter ? .word : .number)
    }

    /// Start of the run of letters and digits that ends at `end`.
    private func segmentStart(before end: Int, from start: Int, in scalars: [Unicode.Scalar]) -> Int {
        var index = end
        while index > start, scalars[index - 1].isWordCharacter { index -= 1 }
        return index
    }
}

extension Unicode.Scalar {
    /// A letter, digit or combining mark: part of a word (ASCII answered without table lookups).
    @inline(__always) var isWordCharacter: Bool {
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
    }

    /// A letter (ASCII answered without table lookups).
    @inline(__always) var isLetter: Bool {
        if value < 0x80 { return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) }
        return properties.isAlphabetic
    }

    /// An ASCII or other decimal digit.
    @inline(__always) var isDigit: Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        return properties.numericType == .decimal
    }

    /// White space, including line breaks and no-break spaces (ASCII answered without table lookups).
    @inline(__always) var isSpace: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }

    /// An upper-case letter (ASCII answered without table lookups).
    @inline(__always) var isUpper: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }
}

extension Unicode.GeneralCategory {
    /// Whether the category is one of the punctuation categories.
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
