import VerityCore

/// Splits each block into sentences at `.`, `!` and `?` followed by a capitalised word.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// The sentences of `document`, sorted by start; `tokens` are the document's tokens.
    public func sentences(in document: Document, tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var tokenIndex = 0
        for (blockIndex, block) in document.blocks.enumerated() {
            while tokenIndex < tokens.count, tokens[tokenIndex].range.start < block.range.start { tokenIndex += 1 }
            var first = tokenIndex
            while tokenIndex < tokens.count, tokens[tokenIndex].range.end <= block.range.end {
                let token = tokens[tokenIndex]
                let text = document.scalars[token.range.start]
                let next = tokenIndex + 1 < tokens.count ? tokens[tokenIndex + 1] : nil
                let endsSentence = (text == "." || text == "!" || text == "?")
                    && (next == nil || next!.range.start >= block.range.end
                        || document.scalars[next!.range.start].properties.isUppercase)
                tokenIndex += 1
                if endsSentence {
                    sentences.append(Sentence(
                        range: TextRange(tokens[first].range.start, token.range.end),
                        blockIndex: blockIndex, tokens: first..<tokenIndex))
                    first = tokenIndex
                }
            }
            if first < tokenIndex {
                sentences.append(Sentence(
                    range: TextRange(tokens[first].range.start, tokens[tokenIndex - 1].range.end),
                    blockIndex: blockIndex, tokens: first..<tokenIndex))
            }
        }
        return sentences
    }
}
