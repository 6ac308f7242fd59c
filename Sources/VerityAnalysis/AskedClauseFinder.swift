import VerityCore

/// `When asked whether …, she said …` and `Asked by a reporter what …,`: the question put to the
/// sentence's speaker, reported with the asker (when the text names one) as its speaker.
struct AskedClauseFinder {
    let view: TextView

    private static let openers: Set<String> = ["when", "if", "after", "once", "before", "while"]

    /// The asked-clauses of sentence `index`.
    func quotes(inSentence index: Int) -> [ExtractedQuote] {
        let sentence = view.sentences[index]
        let lo = sentence.tokens.lowerBound
        let hi = sentence.tokens.upperBound
        var found: [ExtractedQuote] = []
        for token in sentence.tokens where view.lower[token] == "asked" && view.quotationIndex[token] < 0 {
            guard token == lo || Self.openers.contains(view.lower[token - 1]) else { continue }
            var start = token + 1
            var asker: ClosedRange<Int>?
            if start < hi, view.lower[start] == "by" {
                asker = PhraseScanner(view: view).phrase(startingAt: start + 1, ceiling: hi - 1)
                start = (asker?.upperBound ?? start) + 1
            }
            if start < hi, view.lower[start] == "about" { start += 1 }
            var end = start
            while end + 1 < hi, !view.isPunctuation(end + 1, ","), !view.isPunctuation(end + 1, ".") { end += 1 }
            guard start < hi, end > start, view.isWord(start) else { continue }
            let quote = Quote(
                range: view.range(start, end), kind: .indirect, cue: view.range(token, token),
                speaker: asker.map { SpeakerMention(range: view.range($0.lowerBound, $0.upperBound)) },
                sentenceIndex: index)
            found.append(ExtractedQuote(quote: quote, speakerTokens: asker, apposition: nil))
        }
        return found
    }
}
