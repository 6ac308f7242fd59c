import VerityCore

/// Finds what an attribution reports: the clause after the cue (`said (that) …`, `told Y that …`,
/// `said: "…"`), the sentence before it (`"…," she said.`, `…, according to X.`), or the next
/// paragraph after a closing colon (`The governor added:`).
///
/// Longer than most files because the three directions share one set of clause-boundary tests
/// (adjuncts, subordinators, contrastive conjunctions); split apart, each would need them all.
struct ContentFinder {
    let view: TextView

    /// Prepositions that open an adjunct of the cue, not its content (`said in a statement`).
    static let adjunctPrepositions: Set<String> = [
        "in", "at", "during", "after", "before", "since", "until", "amid", "from", "by", "while",
    ]
    /// Words after a comma or dash that start something other than the reported content
    /// (`, according to`, `, adding`, `, but`, `, who …`, `, meaning …`).
    static let clauseBreakers: Set<String> = [
        "according", "adding", "saying", "but", "although", "though", "while", "whereas", "who", "which",
        "meaning",
    ]

    /// Conjunctions that open a new clause after a stance verb's object (`described her as X after …`).
    static let subordinators: Set<String> = ["after", "because", "when", "while", "before", "since", "although", "though", "if"]

    /// Words that open a closing time or medium adjunct (`in a statement`, `last week`).
    static let adjunctOpeners: Set<String> = ["in", "on", "at", "during", "last", "this"]

    /// Prepositions that introduce a stance verb's object and are left out of the content
    /// (`called for [more investment]`, `talked about [the market]`).
    static let objectPrepositions: Set<String> = ["for", "about", "on", "of", "against", "with", "over"]
    static let speechOnlyAdjuncts: Set<String> = ["with", "on", "over", "through", "into", "under", "outside", "near"]

    /// The attribution once per content it reports, with content and kind filled in: usually one,
    /// two for `"…," he said, "…"`, none when it reports nothing.
    func complete(_ attribution: Attribution, isStance: Bool) -> [Attribution] {
        let sentence = view.sentences[attribution.sentence]
        let lo = sentence.tokens.lowerBound
        let hi = sentence.tokens.upperBound
        let start = attribution.sharesSubject
            ? attribution.cue.lowerBound : min(attribution.cue.lowerBound, attribution.speaker.lowerBound)
        var after = attribution.sharesSubject
            ? attribution.cue.upperBound + 1 : max(attribution.cue.upperBound, attribution.speaker.upperBound) + 1
        if let apposition = attribution.apposition, apposition.lowerBound > attribution.speaker.upperBound,
            apposition.lowerBound > attribution.cue.upperBound
        {
            after = apposition.upperBound + 1
        }
        if attribution.isLabel { return label(of: attribution, after: after, hi: hi) }
        var ranges: [TextRange] = []
        if attribution.cue.count == 2 {
            let afterComma = start > lo && (view.isPunctuation(start - 1, ",") || view.isPunctuation(start - 1, "\u{2014}"))
            if afterComma || start > lo + 1 {
                if let range = backward(before: start, lo: lo) { ranges.append(range) }
            } else if let comma = (after..<min(hi, after + 12)).first(where: { view.isPunctuation($0, ",") }), comma + 1 < hi {
                ranges.append(forward(from: comma + 1, lo: lo, hi: hi))
            }
        } else {
            let lemma = CueLexicon.forms[view.lower[attribution.cue.lowerBound]]?.lemma ?? ""
            let forwardStart = forwardStart(after: after, isStance: isStance, lemma: lemma, hi: hi)
            let quoteFirst = forwardStart.map { view.isQuoteMark($0) } ?? true
            if view.lower[lo] == "as", start > lo, after + 1 < hi, view.isPunctuation(after, ",") {
                ranges.append(forward(from: after + 1, lo: lo, hi: hi))
            } else if CueLexicon.addresseeLemmas.contains(lemma), !(forwardStart.map { view.lower[$0] == "that" } ?? false),
                isOnlyAddressee(after: after, hi: hi),
                let range = backward(before: start, lo: lo)
            {
                ranges.append(range)
                if let resumed = resumedQuotation(after: after, hi: hi) { ranges.append(forward(from: resumed, lo: lo, hi: hi)) }
            } else if !isStance, followsQuotation(start, lo: lo, orFirst: quoteFirst), let range = backward(before: start, lo: lo) {
                ranges.append(range)
                if let resumed = resumedQuotation(after: after, hi: hi) { ranges.append(forward(from: resumed, lo: lo, hi: hi)) }
            } else if let forwardStart, forwardStart < hi {
                ranges.append(forward(from: forwardStart, lo: lo, hi: hi, stance: isStance))
            } else if !isStance, let range = backward(before: start, lo: lo) ?? colonParagraph(after: after, hi: hi) {
                ranges.append(range)
                if let resumed = parenthetical(after: after, hi: hi) { ranges.append(forward(from: resumed, lo: lo, hi: hi)) }
            }
        }
        return ranges.filter { $0.length > 1 }.map { range in
            var result = attribution
            result.kind = kind(of: range)
            result.content = result.kind == .direct ? (quotation(matching: range)?.content ?? range) : range
            return result
        }
    }

    /// `what they call “a battlefield success”`: the quoted label (mixed) or, unquoted, the noun
    /// phrase after the naming verb (indirect).
    private func label(of attribution: Attribution, after: Int, hi: Int) -> [Attribution] {
        var result = attribution
        if after < hi, let quote = view.openedQuotation(at: after) {
            result.kind = .mixed
            result.content = quote.content
        } else if let phrase = PhraseScanner(view: view).phrase(startingAt: after, ceiling: hi - 1) {
            result.kind = .indirect
            result.content = view.range(phrase.lowerBound, phrase.upperBound)
        }
        guard let content = result.content, content.length > 1 else { return [] }
        return [result]
    }

    /// Whether the attribution starting at token `start` comes right after a closing quotation
    /// mark (`"…," she said`, `"…" she said`).
    private func followsQuotation(_ start: Int, lo: Int, orFirst: Bool) -> Bool {
        var index = start - 1
        if index >= lo, view.isPunctuation(index, ",") { index -= 1 }
        guard index >= lo, view.isQuoteMark(index), view.quotationIndex[index] < 0,
            let quote = quoteEnding(before: index + 1)
        else { return false }
        return orFirst || quote.outer.start <= view.tokens[lo].range.start
    }

    /// `…, Obama told his closest advisers as he …`: the cue is followed by its listener and
    /// then only by the sentence end or an adjunct, so what was told comes before it.
    private func isOnlyAddressee(after: Int, hi: Int) -> Bool {
        guard after < hi, let listener = PhraseScanner(view: view).phrase(startingAt: after, ceiling: hi - 1) else { return false }
        let next = listener.upperBound + 1
        guard next < hi else { return true }
        if !view.isWord(next) { return view.isPunctuation(next, ".") || view.isPunctuation(next, "!") }
        return Self.adjunctOpeners.contains(view.lower[next]) || ["as", "when", "after", "before", "while"].contains(view.lower[next])
    }

    /// `"…," Schiff told reporters on Wednesday, "but …"`: the quotation that resumes after the
    /// attribution and its adjuncts, at the next comma.
    private func resumedQuotation(after: Int, hi: Int) -> Int? {
        var index = after
        while index < hi, index - after < 10, view.isWord(index) || view.isPunctuation(index, ".") { index += 1 }
        if index == after, view.openedQuotation(at: index) != nil { return index }
        guard index + 1 < hi, view.isPunctuation(index, ",") || view.isPunctuation(index, ":"),
            view.openedQuotation(at: index + 1) != nil
        else { return nil }
        return index + 1
    }

    /// `…, Strother said, but "we …"`: where the sentence resumes after a parenthetical attribution.
    private func parenthetical(after: Int, hi: Int) -> Int? {
        var index = after
        while index < hi, view.isWord(index), WordClasses.timeWords.contains(view.lower[index]) { index += 1 }
        guard index + 2 < hi, view.isPunctuation(index, ","), view.isWord(index + 1) || view.isQuoteMark(index + 1) else {
            return nil
        }
        if let entry = CueLexicon.forms[view.lower[index + 1]], entry.frame == .speech { return nil }
        if Self.subordinators.contains(view.lower[index + 1]) { return nil }
        return index + 1
    }

    /// Where forward content starts, or nil when the cue is followed only by its own adjuncts
    /// (`he said on Monday.`), a comma or the sentence end.
    private func forwardStart(after: Int, isStance: Bool, lemma: String, hi: Int) -> Int? {
        var index = after
        if index < hi, ["out", "up"].contains(view.lower[index]) { index += 1 }
        guard index < hi else { return nil }
        let first = view.lower[index]
        let takesAddressee = CueLexicon.addresseeLemmas.contains(lemma)
        let opensAdjunct = WordClasses.prepositions.contains(first) || WordClasses.timeWords.contains(first)
            || WordClasses.isAdverb(first)
        var probe = index
        let reach = opensAdjunct ? 11 : (takesAddressee ? 6 : 1)
        while probe < hi, probe - index < reach {
            if view.lower[probe] == "that", view.quotationIndex[probe] < 0 { return probe }
            if !view.isWord(probe), !view.isQuoteMark(probe) { break }
            probe += 1
        }
        if Self.adjunctPrepositions.contains(first) || (!isStance && Self.speechOnlyAdjuncts.contains(first)) { return nil }
        var adjunct = index
        while adjunct < hi, view.isWord(adjunct), WordClasses.timeWords.contains(view.lower[adjunct]) { adjunct += 1 }
        if adjunct > index, adjunct < hi, view.isPunctuation(adjunct, ",") || view.isPunctuation(adjunct, ".") {
            return nil
        }
        if adjunct >= hi { return nil }
        if view.isPunctuation(index, ":") || view.isPunctuation(index, ",") {
            let next = index + 1
            if next < hi, view.isQuoteMark(next) { return next }
            if view.isPunctuation(index, ":") { return next < hi ? next : nil }
            return nil
        }
        guard view.isWord(index) || view.isQuoteMark(index) else { return nil }
        return index
    }

    /// From `start` to the end of the clause: the sentence end, a semicolon, `, according to`,
    /// a closing `, he said`, or a coordinated cue (`and vowed`), whichever comes first.
    private func forward(from start: Int, lo: Int, hi: Int, stance: Bool = false) -> TextRange {
        if let quote = view.openedQuotation(at: start) {
            let closeToken = view.tokenIndex(atOrAfter: quote.outer.end) - 1
            if closeToken + 1 >= hi || !view.isWord(closeToken + 1) {
                return quote.outer
            }
        }
        var start = start
        if start + 1 < hi, Self.objectPrepositions.contains(view.lower[start]), view.isWord(start + 1) { start += 1 }
        var end = start
        var index = start
        while index < hi {
            if view.quotationIndex[index] < 0,
                endsClause(at: index, from: start, hi: hi) || (stance && (view.isPunctuation(index, ",") || Self.subordinators.contains(view.lower[index])))
            {
                break
            }
            end = index
            index += 1
        }
        if index + 2 < hi, view.isPunctuation(index, ":"), view.isQuoteMark(index + 1), view.quotationIndex[index + 2] >= 0 {
            return view.quotations[view.quotationIndex[index + 2]].outer
        }
        while end > start, !view.isWord(end), !view.isQuoteMark(end) { end -= 1 }
        end = trimmingAdjuncts(start, end)
        if start == end, WordClasses.emptyObjects.contains(view.lower[start]) { return TextRange(0, 0) }
        var range = view.range(start, end)
        for quote in view.quotations where quote.outer.start < range.end && quote.outer.end > range.end {
            if quote.outer.start >= range.start { range.end = quote.outer.end }
        }
        return range
    }

    /// `…, in a statement on Thursday`: drops closing adjuncts made only of time and medium words.
    private func trimmingAdjuncts(_ start: Int, _ end: Int) -> Int {
        var end = end
        var probe = end
        while probe > start, end - probe < 6, view.isWord(probe), WordClasses.timeWords.contains(view.lower[probe]) {
            if Self.adjunctOpeners.contains(view.lower[probe]), probe - 1 > start {
                end = probe - 1
                while end > start, !view.isWord(end), !view.isQuoteMark(end) { end -= 1 }
            }
            probe -= 1
        }
        return end
    }

    private func endsClause(at index: Int, from start: Int, hi: Int) -> Bool {
        if view.isPunctuation(index, ";") || view.isPunctuation(index, ":") { return true }
        if view.isPunctuation(index, "\u{2014}") || view.isPunctuation(index, "\u{2013}"),
            view.tokens[index].range.start > 0, view.document.scalars[view.tokens[index].range.start - 1].isSpace
        {
            return !closesOrOpensAside(index, from: start, hi: hi)
        }
        let next = index + 1 < hi ? view.lower[index + 1] : ""
        if view.isPunctuation(index, ",") || view.isPunctuation(index, "\u{2014}") {
            if Self.clauseBreakers.contains(next) { return true }
            if let entry = CueLexicon.forms[next], CueLexicon.postposableLemmas.contains(entry.lemma), next.hasSuffix("d") {
                return true
            }
            if index + 2 < hi, isShortAttribution(from: index + 1, hi: hi) { return true }
        }
        if ["and", "but"].contains(view.lower[index]), CueLexicon.forms[next] != nil, !next.hasSuffix("ing") {
            return true
        }
        return false
    }

    /// Whether the dash at `index` closes an aside opened by an earlier dash of the content, or
    /// opens one that a later dash in the sentence closes (`the plan — a bold one — would fail`).
    private func closesOrOpensAside(_ index: Int, from start: Int, hi: Int) -> Bool {
        let dash = view.document.scalars[view.tokens[index].range.start]
        let before = (start..<index).filter { view.isPunctuation($0, dash) }.count
        if before % 2 == 1 { return true }
        return (index + 1..<hi).contains { view.isPunctuation($0, dash) }
    }

    /// `he said.`, `Smith added,` `the official said on Monday.`: a closing attribution.
    private func isShortAttribution(from index: Int, hi: Int) -> Bool {
        var probe = index
        while probe < hi, probe - index < 5, view.isWord(probe) {
            if let entry = CueLexicon.forms[view.lower[probe]], CueLexicon.postposableLemmas.contains(entry.lemma),
                probe > index
            {
                let after = probe + 1
                return after >= hi || !view.isWord(after) || WordClasses.timeWords.contains(view.lower[after])
            }
            probe += 1
        }
        return false
    }

    /// `"…," she said.` and `…, according to X.`: the text before the attribution's comma.
    private func backward(before start: Int, lo: Int) -> TextRange? {
        var end = start - 1
        guard end >= lo else { return quoteEnding(before: start)?.outer }
        if view.isPunctuation(end, ",") || view.isPunctuation(end, "\u{2014}") {
            end -= 1
        } else if !(view.isQuoteMark(end) && view.quotationIndex[end] < 0) {
            return nil
        }
        guard end >= lo else { return nil }
        if view.isQuoteMark(end), view.quotationIndex[end] < 0, let quote = quoteEnding(before: end + 1) {
            if quote.outer.start <= view.tokens[lo].range.start { return quote.outer }
            let open = view.tokenIndex(atOrAfter: quote.outer.start)
            if open > lo, view.isPunctuation(open - 1, ",") || view.isPunctuation(open - 1, ":") { return quote.outer }
            return TextRange(view.tokens[lo].range.start, quote.outer.end)
        }
        guard view.isWord(end) || view.isQuoteMark(end) || view.isPunctuation(end, ")"), end > lo else { return nil }
        return view.range(lo, end)
    }

    /// The quotation whose closing mark ends just before token `index`.
    private func quoteEnding(before index: Int) -> QuotedSpan? {
        guard index > 0 else { return nil }
        let offset = view.tokens[index - 1].range.end
        return view.quotations.last { $0.outer.end == offset }
    }

    /// `The governor added:` closing a paragraph: the whole next paragraph.
    private func colonParagraph(after: Int, hi: Int) -> TextRange? {
        guard after == hi - 1, view.isPunctuation(after, ":") else { return nil }
        let offset = view.tokens[after].range.end
        guard let next = view.document.blocks.first(where: { $0.range.start >= offset }) else { return nil }
        return next.range
    }

    /// Direct when the content is exactly one quotation, mixed when it contains quoted words.
    private func kind(of range: TextRange) -> Quote.Kind {
        if quotation(matching: range) != nil { return .direct }
        let quoted = view.quotations.contains { $0.isDouble && range.contains($0.outer) || ($0.isDouble && range.overlaps($0.content)) }
        return quoted ? .mixed : .indirect
    }

    private func quotation(matching range: TextRange) -> QuotedSpan? {
        view.quotations.first { $0.outer == range || $0.content == range }
    }
}
