import VerityCore

/// Splits each line of each block into sentences at `.`, `!`, `?` and `…` (with any closing quotes or brackets
/// that follow) when the next word starts a sentence; titles, initials, decimals and `No. 10` never
/// end one, and abbreviations like `U.S.` end one only before a typical sentence opener.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// The sentences of `document`, sorted by start; `tokens` are the document's tokens.
    public func sentences(in document: Document, tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var tokenIndex = 0
        for line in LineSegment.lines(of: document) {
            let blockIndex = line.blockIndex
            while tokenIndex < tokens.count, tokens[tokenIndex].range.start < line.range.start { tokenIndex += 1 }
            var first = tokenIndex
            var end = tokenIndex
            while end < tokens.count, tokens[end].range.end <= line.range.end { end += 1 }
            var index = first
            while index < end {
                guard let boundary = boundary(at: index, blockEnd: end, tokens: tokens, scalars: document.scalars)
                else {
                    index += 1
                    continue
                }
                sentences.append(sentence(tokens, first..<boundary, blockIndex))
                first = boundary
                index = boundary
            }
            if first < end { sentences.append(sentence(tokens, first..<end, blockIndex)) }
            tokenIndex = end
        }
        return sentences
    }

    private func sentence(_ tokens: [Token], _ range: Range<Int>, _ blockIndex: Int) -> Sentence {
        Sentence(
            range: TextRange(tokens[range.lowerBound].range.start, tokens[range.upperBound - 1].range.end),
            blockIndex: blockIndex, tokens: range)
    }

    /// The index of the first token of the next sentence when the token at `index` ends one.
    private func boundary(at index: Int, blockEnd: Int, tokens: [Token], scalars: [Unicode.Scalar]) -> Int? {
        let token = tokens[index]
        let last = scalars[token.range.end - 1]
        let isMark = token.range.length == 1 && (last == "." || last == "!" || last == "?" || last == "\u{2026}")
        let isAbbreviation = !isMark && token.kind == .word && last == "."
        guard isMark || isAbbreviation else { return nil }
        var next = index + 1
        while next < blockEnd, tokens[next].range.length == 1, scalars[tokens[next].range.start].isClosingMark,
            tokens[next].range.start == tokens[next - 1].range.end
        {
            next += 1
        }
        if isMark, last == ".", next < blockEnd, scalars[tokens[next].range.start] == "." { return nil }
        guard next < blockEnd else { return nil }
        let nextStart = scalars[tokens[next].range.start]
        if isAbbreviation {
            let word = text(tokens[index], scalars)
            if Abbreviations.isTitleOrInitial(word) { return nil }
            if !SentenceOpeners.words.contains(text(tokens[next], scalars)) { return nil }
            return next
        }
        let startsSentence = nextStart.isUpper || nextStart.isDigit || nextStart.isOpeningMark
            || nextStart == "\"" || nextStart == "'" || nextStart == "\u{2018}" || nextStart == "\u{201C}"
        return startsSentence ? next : nil
    }

    private func text(_ token: Token, _ scalars: [Unicode.Scalar]) -> String {
        String(String.UnicodeScalarView(scalars[token.range.offsets]))
    }
}

/// Capitalised words that typically open a sentence (used after abbreviations like `U.S.`).
enum SentenceOpeners {
    static let words: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "In",
        "On", "At", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "There",
        "When", "While", "After", "Before", "If", "As", "Some", "Many", "Most", "Mr.", "Ms.", "Mrs.",
        "For", "With", "Yet", "So", "Still", "However", "Meanwhile", "Last", "Now", "Then", "No",
        "Neither", "One", "Both", "What", "Why", "How", "Who", "Where", "According",
    ]
}

extension Unicode.Scalar {
    /// Closing quotation marks and brackets that may follow a sentence's final period.
    var isClosingMark: Bool {
        switch self {
        case "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", ")", "]", "}": true
        default: false
        }
    }

    /// Opening quotation marks and brackets that may start a sentence.
    var isOpeningMark: Bool {
        switch self {
        case "\u{201C}", "\u{201E}", "\u{00AB}", "\u{2018}", "\u{2039}", "(", "[": true
        default: false
        }
    }
}
