import VerityCore

/// A quote found in the text, with the speaker phrase it was attributed to (token indices).
struct ExtractedQuote {
    var quote: Quote
    /// The speaker mention's tokens, when the quote has a speaker.
    var speakerTokens: ClosedRange<Int>?
    /// An apposition describing the speaker, when given next to the mention.
    var apposition: ClosedRange<Int>?
}

/// Finds direct, mixed, indirect and scare quotes: attributions with their content first, then
/// quotations no attribution covers (continuations of the previous speaker, or scare quotes).
struct QuoteExtractor {
    let view: TextView

    /// The quotes of the document, sorted by start.
    func quotes() -> [ExtractedQuote] {
        var found: [ExtractedQuote] = []
        let finder = AttributionFinder(view: view)
        let contents = ContentFinder(view: view)
        var seen = Set<TextRange>()
        let asked = AskedClauseFinder(view: view)
        for sentence in view.sentences.indices {
            for item in asked.quotes(inSentence: sentence) where !seen.contains(item.quote.range) {
                seen.insert(item.quote.range)
                found.append(item)
            }
            for attribution in finder.attributions(inSentence: sentence) {
                let isStance = CueLexicon.forms[view.lower[attribution.cue.lowerBound]]?.frame == .stance
                for complete in contents.complete(attribution, isStance: isStance) {
                    guard let content = complete.content, !seen.contains(content) else { continue }
                    seen.insert(content)
                    found.append(extracted(complete, content: content))
                }
            }
        }
        found.sort { $0.quote.range < $1.quote.range }
        return merge(found, with: unattributedQuotations(covered: found))
    }

    private func extracted(_ attribution: Attribution, content: TextRange) -> ExtractedQuote {
        let speaker = SpeakerMention(range: view.range(attribution.speaker.lowerBound, attribution.speaker.upperBound))
        let cue = view.range(attribution.cue.lowerBound, attribution.cue.upperBound)
        let quote = Quote(range: content, kind: attribution.kind, cue: cue, speaker: speaker, sentenceIndex: attribution.sentence)
        return ExtractedQuote(quote: quote, speakerTokens: attribution.speaker, apposition: attribution.apposition)
    }

    /// Quotations inside no found content: a continuation of the previous speaker's quote when
    /// it stands as its own sentence near it, otherwise a scare quote (or an unattributed one).
    private func unattributedQuotations(covered: [ExtractedQuote]) -> [ExtractedQuote] {
        var result: [ExtractedQuote] = []
        var cursor = 0
        for quotation in view.quotations where quotation.isDouble {
            while cursor < covered.count, covered[cursor].quote.range.end <= quotation.content.start { cursor += 1 }
            if covered.contains(where: { $0.quote.range.overlaps(quotation.content) }) { continue }
            let firstToken = view.tokenIndex(atOrAfter: quotation.content.start)
            guard firstToken < view.tokens.count else { continue }
            let sentence = view.sentenceIndex(of: firstToken)
            let words = wordCount(quotation.content)
            let previous = cursor > 0 ? covered[cursor - 1] : nil
            if startsSentence(quotation), let previous, previous.quote.speaker != nil,
                words >= 4 || isSameParagraph(previous.quote.range, quotation.outer),
                isNear(previous.quote.range, quotation.outer)
            {
                var quote = previous.quote
                quote.range = quotation.content
                quote.kind = .direct
                quote.sentenceIndex = sentence
                result.append(ExtractedQuote(quote: quote, speakerTokens: previous.speakerTokens, apposition: nil))
            } else if let introduced = introducedByColon(quotation, sentence: sentence) {
                result.append(introduced)
            } else if let signed = signedWithDash(quotation, sentence: sentence) {
                result.append(signed)
            } else if hasLetters(quotation.content) {
                // Marks around figures, dates or identifiers (`"2016-09-01"`, a page's leftover
                // data) hold no words anyone said or coined: neither a quote nor a scare quote.
                let kind: Quote.Kind = words >= 8 && startsSentence(quotation) ? .direct : .scare
                result.append(ExtractedQuote(quote: Quote(range: quotation.content, kind: kind, sentenceIndex: sentence)))
            }
        }
        return result
    }

    /// Whether `range` holds a letter.
    private func hasLetters(_ range: TextRange) -> Bool {
        let scalars = view.document.scalars
        return range.offsets.contains { $0 < scalars.count && scalars[$0].properties.isAlphabetic }
    }

    /// `Singh explained it this way: "…"` and `Donald Trump: "…"`: a quotation after a colon,
    /// said by the subject of the words before the colon.
    private func introducedByColon(_ quotation: QuotedSpan, sentence: Int) -> ExtractedQuote? {
        let open = view.tokenIndex(atOrAfter: quotation.outer.start)
        let lo = view.sentences[sentence].tokens.lowerBound
        guard open - 1 > lo, view.isPunctuation(open - 1, ":") else { return nil }
        let colon = open - 1
        guard let speaker = AttributionFinder(view: view).mainSubject(lo: lo, limit: colon) else { return nil }
        let saysSo = (speaker.upperBound + 1..<colon).contains {
            CueLexicon.forms[view.lower[$0]] != nil && !WordClasses.determiners.contains(view.lower[$0 - 1])
        }
        guard speaker.upperBound + 1 == colon || saysSo else { return nil }
        let cueStart = speaker.upperBound + 1 < colon ? speaker.upperBound + 1 : colon
        let quote = Quote(
            range: quotation.content, kind: .direct, cue: view.range(cueStart, colon),
            speaker: SpeakerMention(range: view.range(speaker.lowerBound, speaker.upperBound)), sentenceIndex: sentence)
        return ExtractedQuote(quote: quote, speakerTokens: speaker, apposition: nil)
    }

    /// `"…" ― Krystal Correa`: a quotation signed with a dash and a name after it.
    private func signedWithDash(_ quotation: QuotedSpan, sentence: Int) -> ExtractedQuote? {
        let dash = view.tokenIndex(atOrAfter: quotation.outer.end)
        guard dash + 1 < view.tokens.count, view.tokens[dash].range.length == 1 else { return nil }
        switch view.document.scalars[view.tokens[dash].range.start] {
        case "\u{2015}", "\u{2014}", "\u{2013}": break
        default: return nil
        }
        guard view.capitalized[dash + 1],
            let name = PhraseScanner(view: view).phrase(startingAt: dash + 1, ceiling: min(view.tokens.count - 1, dash + 6))
        else { return nil }
        let quote = Quote(
            range: quotation.content, kind: .direct, cue: view.range(dash, dash),
            speaker: SpeakerMention(range: view.range(name.lowerBound, name.upperBound)), sentenceIndex: sentence)
        return ExtractedQuote(quote: quote, speakerTokens: name, apposition: nil)
    }

    /// Whether both ranges start in the same block.
    private func isSameParagraph(_ earlier: TextRange, _ later: TextRange) -> Bool {
        view.document.blockIndex(containing: earlier.start) == view.document.blockIndex(containing: later.start)
    }

    private func merge(_ a: [ExtractedQuote], with b: [ExtractedQuote]) -> [ExtractedQuote] {
        (a + b).sorted { $0.quote.range < $1.quote.range }
    }


    private func wordCount(_ range: TextRange) -> Int {
        var count = 0
        var index = view.tokenIndex(atOrAfter: range.start)
        while index < view.tokens.count, view.tokens[index].range.end <= range.end {
            if view.isWord(index) { count += 1 }
            index += 1
        }
        return count
    }

    /// Whether the quotation opens its sentence (nothing but white space before it in the sentence).
    private func startsSentence(_ quotation: QuotedSpan) -> Bool {
        let token = view.tokenIndex(atOrAfter: quotation.outer.start)
        guard token < view.tokens.count else { return false }
        let sentence = view.sentences[view.sentenceIndex(of: token)]
        return sentence.tokens.lowerBound == token
    }

    /// Whether `later` follows `earlier` within two paragraphs.
    private func isNear(_ earlier: TextRange, _ later: TextRange) -> Bool {
        guard let a = view.document.blockIndex(containing: max(earlier.start, earlier.end - 1)),
            let b = view.document.blockIndex(containing: later.start)
        else { return false }
        return b - a <= 2
    }
}
