extension TextView {
    /// The index of the sentence holding token `token` (the last sentence for a token past the
    /// end, 0 when there are no sentences): a binary search over the sentences' token ranges.
    func sentenceIndex(of token: Int) -> Int {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].tokens.upperBound <= token { low = mid + 1 } else { high = mid }
        }
        return min(low, max(0, sentences.count - 1))
    }
}
