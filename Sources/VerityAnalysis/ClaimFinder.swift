import VerityCore

/// Finds the claims of an analysed document: each clause of each sentence, attributed to the
/// quote it lies in (or the article's own voice), with hedges, check-worthiness signals, a score
/// (the check-worthiness classifier's probability combined with the signals) and whether the
/// source is an interested party.
public struct ClaimFinder: Sendable {
    public init() {}

    /// Fewest words a stretch of article text outside quotes needs to count as a claim of its own.
    static let minimumRemainderWords = 4

    /// The claims of `analysis`, sorted by start; ranges are Unicode-scalar offsets.
    public func claims(in analysis: DocumentAnalysis) -> [Claim] {
        let words = analysis.words
        var scorer = ClaimScorer(words: words)
        let interest = InterestedParty(speakers: analysis.speakers)
        let attributed = analysis.quotes.indices.filter { analysis.quotes[$0].kind != .scare }
        var claims: [Claim] = []
        var firstQuote = 0
        for (sentenceIndex, sentence) in analysis.sentences.enumerated() where !sentence.tokens.isEmpty {
            while firstQuote < attributed.count, analysis.quotes[attributed[firstQuote]].range.end <= sentence.range.start {
                firstQuote += 1
            }
            let isQuestion = words.words[sentence.tokens.upperBound - 1] == "?"
            for clause in ClauseSplitter().clauses(in: words, tokens: sentence.tokens) {
                let clauseRange = range(of: clause, in: words)
                let quotes = attributed[firstQuote...]
                    .prefix { analysis.quotes[$0].range.start < clauseRange.end }
                    .filter { analysis.quotes[$0].range.overlaps(clauseRange) }
                var covered: [Range<Int>] = []
                for quoteIndex in quotes {
                    let part = tokens(of: clause, inside: analysis.quotes[quoteIndex].range, words: words)
                    guard !part.isEmpty else { continue }
                    covered.append(part)
                    claims.append(claim(
                        part, sentence: sentenceIndex, quote: quoteIndex, in: analysis, scorer: &scorer, interest: interest))
                }
                guard !isQuestion else { continue }
                for run in remainder(of: clause, without: covered, quotes: Array(quotes), in: analysis, words: words) {
                    claims.append(claim(
                        run, sentence: sentenceIndex, quote: nil, in: analysis, scorer: &scorer, interest: interest))
                }
            }
        }
        return claims.sorted { $0.range < $1.range }
    }

    /// A claim over `tokens`, from `quote`'s speaker or (nil) the article.
    private func claim(
        _ tokens: Range<Int>, sentence: Int, quote quoteIndex: Int?, in analysis: DocumentAnalysis,
        scorer: inout ClaimScorer, interest: InterestedParty
    ) -> Claim {
        let words = scorer.words
        let sentenceTokens = analysis.sentences[sentence].tokens
        let scored = scorer.score(tokens, inSentence: sentenceTokens)
        let checkworthiness = CheckworthinessSignals.score(probability: scored.probability, signals: scored.signals)
        var claim = Claim(
            range: range(of: tokens, in: words), sentenceIndex: sentence, source: .article,
            hedges: scored.hedges, signals: scored.signals,
            checkworthiness: (checkworthiness * 1000).rounded() / 1000)
        guard let quoteIndex else {
            claim.interest = interest.interest(
                speaker: nil, quote: nil, claim: tokens, sentence: sentenceTokens, words: words,
                document: analysis.document)
            return claim
        }
        let quote = analysis.quotes[quoteIndex]
        let entity = quote.speaker?.entity.flatMap { analysis.speakers.indices.contains($0) ? $0 : nil }
        let speaker = entity.map { analysis.speakers[$0] }
        claim.source = .speaker(quote: quoteIndex, speaker: entity)
        claim.sourceKind = speaker?.kind
        claim.interest = interest.interest(
            speaker: entity, quote: quote, claim: tokens, sentence: sentenceTokens, words: words,
            document: analysis.document)
        return claim
    }

    /// The tokens of `clause` that lie inside `range`.
    private func tokens(of clause: Range<Int>, inside range: TextRange, words: TokenWords) -> Range<Int> {
        let inside = clause.filter { range.contains(words.ranges[$0]) }
        guard let first = inside.first, let last = inside.last else { return clause.lowerBound..<clause.lowerBound }
        return ClauseSplitter().trimmed(first..<(last + 1), in: words)
    }

    /// Stretches of `clause` outside the quotes' content that say something of their own: enough
    /// words, and not the attribution (speaker mention or cue) of a quote.
    private func remainder(
        of clause: Range<Int>, without covered: [Range<Int>], quotes: [Int], in analysis: DocumentAnalysis,
        words: TokenWords
    ) -> [Range<Int>] {
        var frames: [TextRange] = []
        for index in quotes {
            if let cue = analysis.quotes[index].cue { frames.append(cue) }
            if let speaker = analysis.quotes[index].speaker { frames.append(speaker.range) }
        }
        var runs: [Range<Int>] = []
        var start = clause.lowerBound
        for part in covered.sorted(by: { $0.lowerBound < $1.lowerBound }) + [clause.upperBound..<clause.upperBound] {
            let run = ClauseSplitter().trimmed(start..<max(start, part.lowerBound), in: words)
            start = max(start, part.upperBound)
            let wordCount = run.filter { words.kinds[$0] == .word || words.kinds[$0] == .number }.count
            guard wordCount >= (covered.isEmpty ? 1 : Self.minimumRemainderWords) else { continue }
            let text = range(of: run, in: words)
            guard !frames.contains(where: { text.overlaps($0) }) else { continue }
            runs.append(run)
        }
        return runs
    }

    /// The text range of non-empty `tokens` (an empty range for no tokens).
    private func range(of tokens: Range<Int>, in words: TokenWords) -> TextRange {
        guard let first = tokens.first, let last = tokens.last else { return TextRange(0, 0) }
        return TextRange(words.ranges[first].start, words.ranges[last].end)
    }
}
