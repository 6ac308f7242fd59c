import VerityCore

/// The tokens of one document with what the quote finders ask of them many times: the lower-cased
/// word, whether it is capitalised, and which top-level quotation (if any) covers it.
struct TextView {
    let document: Document
    let tokens: [Token]
    let sentences: [Sentence]
    /// Top-level quoted spans, sorted by start.
    let quotations: [QuotedSpan]
    /// Each token's text, lower-cased.
    let lower: [String]
    /// Whether each token starts with an upper-case letter.
    let capitalized: [Bool]
    /// For each token, the index into `quotations` of the quotation covering it, or -1.
    let quotationIndex: [Int]

    /// A view of `tokens`, whose lower-cased words and capitals come from `words` (the text
    /// layer's), over the top-level spans of `quotations`.
    init(document: Document, tokens: [Token], words: TokenWords, sentences: [Sentence], quotations: [QuotedSpan]) {
        self.document = document
        self.tokens = tokens
        self.sentences = sentences
        let topLevel = quotations.filter { $0.depth == 0 }
        self.quotations = topLevel
        lower = words.lower
        capitalized = words.capitals
        var quotationIndex: [Int] = []
        quotationIndex.reserveCapacity(tokens.count)
        var quote = 0
        for token in tokens {
            while quote < topLevel.count, topLevel[quote].outer.end <= token.range.start { quote += 1 }
            let inside = quote < topLevel.count && topLevel[quote].content.start <= token.range.start
                && token.range.end <= topLevel[quote].content.end
            quotationIndex.append(inside ? quote : -1)
        }
        self.quotationIndex = quotationIndex
    }

    /// The scalar range from the start of token `first` to the end of token `last` (inclusive).
    func range(_ first: Int, _ last: Int) -> TextRange {
        TextRange(tokens[first].range.start, tokens[last].range.end)
    }

    /// Whether token `index` is a single punctuation scalar equal to `scalar`.
    func isPunctuation(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        tokens[index].range.length == 1 && document.scalars[tokens[index].range.start] == scalar
    }

    /// Whether token `index` is a word or number (not punctuation or a symbol).
    func isWord(_ index: Int) -> Bool {
        tokens[index].kind == .word || tokens[index].kind == .number
    }

    /// Whether token `index` is the opening or closing mark of a paired quotation (not an
    /// apostrophe like the one in `Sanders' campaign`).
    func isQuotationBoundary(_ index: Int) -> Bool {
        guard isQuoteMark(index) else { return false }
        let before = index > 0 ? quotationIndex[index - 1] : -1
        let after = index + 1 < tokens.count ? quotationIndex[index + 1] : -1
        return (before >= 0) != (after >= 0) || (before >= 0 && before != after)
    }

    /// The quotation whose opening mark starts at token `index` (`“`, `"`, or both tokens of `''`).
    func openedQuotation(at index: Int) -> QuotedSpan? {
        guard index < tokens.count, isQuoteMark(index) else { return nil }
        var inside = index + 1
        while inside < tokens.count, inside - index < 3, isQuoteMark(inside), quotationIndex[inside] < 0 { inside += 1 }
        guard inside < tokens.count, quotationIndex[inside] >= 0 else { return nil }
        let quote = quotations[quotationIndex[inside]]
        return quote.outer.start == tokens[index].range.start ? quote : nil
    }

    /// Whether token `index` is a quotation mark or part of one.
    func isQuoteMark(_ index: Int) -> Bool {
        guard tokens[index].kind == .punctuation || tokens[index].kind == .symbol else { return false }
        switch document.scalars[tokens[index].range.start] {
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}", "\u{201E}", "`": return true
        default: return false
        }
    }

    /// Index of the first token starting at or after `offset` (tokens.count when none).
    func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
