import VerityCore

/// Builds documents for reporter tests from text the project wrote, finding ranges by the
/// words they cover so fixtures read like the article.
struct ArticleFixture {
    let document: Document

    init(
        id: String = "bridge-repairs", source: String = "Samples/bridge-repairs.html",
        format: SourceFormat = .html, metadata: ArticleMetadata, blocks: [(Block.Kind, String)],
        firstSourceLine: Int? = nil
    ) {
        var document = Document(
            id: id, source: source, format: format, metadata: metadata,
            blockTexts: blocks.map { (kind: $0.0, text: $0.1) })
        if let firstSourceLine {
            var map = SourceMap()
            for (index, block) in document.blocks.enumerated() {
                let location = SourceLocation(line: firstSourceLine + 3 * index, column: 7)
                map.append(.init(textOffset: block.range.start, location: location, isVerbatim: true))
            }
            document.sourceMap = map
        }
        self.document = document
    }

    /// The range of the first occurrence of `needle` at or after `offset`; an empty range at the
    /// end of the text when absent, so a typo shows up as a wrong golden rather than a crash.
    func range(of needle: String, from offset: Int = 0) -> TextRange {
        let scalars = document.scalars
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, scalars.count >= pattern.count else { return TextRange(scalars.count, scalars.count) }
        var start = max(0, offset)
        while start + pattern.count <= scalars.count {
            if scalars[start..<(start + pattern.count)].elementsEqual(pattern) {
                return TextRange(start, start + pattern.count)
            }
            start += 1
        }
        return TextRange(scalars.count, scalars.count)
    }

    /// Tokens of the body: runs of letters and digits, other non-space scalars one by one.
    func tokens() -> [Token] {
        var tokens: [Token] = []
        var start: Int?
        var allDigits = true
        let scalars = document.scalars
        for index in 0...scalars.count {
            let scalar = index < scalars.count ? scalars[index] : " "
            let isWordy = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordy {
                if start == nil { start = index; allDigits = true }
                if scalar.properties.numericType == nil { allDigits = false }
                continue
            }
            if let begin = start {
                tokens.append(Token(range: TextRange(begin, index), kind: allDigits ? .number : .word))
                start = nil
            }
            if !scalar.properties.isWhitespace && index < scalars.count {
                tokens.append(Token(range: TextRange(index, index + 1), kind: .punctuation))
            }
        }
        return tokens
    }

    /// Sentences for the given sentence texts, each tied to its block and tokens.
    func sentences(_ texts: [String], tokens: [Token]) -> [Sentence] {
        var offset = 0
        return texts.map { text in
            let range = range(of: text, from: offset)
            offset = range.end
            let block = document.blockIndex(containing: range.start) ?? 0
            let first = tokens.firstIndex { $0.range.start >= range.start } ?? tokens.count
            let last = tokens.firstIndex { $0.range.start >= range.end } ?? tokens.count
            return Sentence(range: range, blockIndex: block, tokens: first..<last)
        }
    }
}
