/// Finds the noun phrase that names a speaker next to a cue, by word class alone.
///
/// Token indices throughout; phrases are closed ranges `first...last` inside one sentence.
struct PhraseScanner {
    let view: TextView

    /// Prepositions that may sit inside a speaker phrase (`ambassador to Russia`, `officials on
    /// both sides`, `a spokesman for the agency`).
    static let innerPrepositions: Set<String> = ["of", "for", "at", "to", "in", "on", "from"]

    /// Finite verbs, not ending in `-ed`, that often follow a subject and are rarely nouns: a
    /// phrase scanned rightwards ends before them (`The statement [ends] with a warning`).
    static let phraseVerbs: Set<String> = [
        "ends", "began", "begins", "concludes", "contains", "includes", "read", "reads", "went", "goes",
        "came", "comes", "got", "gets", "made", "took", "gave", "sent", "seems", "appears", "remains",
        "carries", "is", "was", "are", "were", "has", "had", "have",
    ]

    /// Whether token `index` can be part of a noun phrase (a content word, name or number).
    func isNominal(_ index: Int) -> Bool {
        guard view.isWord(index) else { return false }
        let word = view.lower[index]
        if WordClasses.determiners.contains(word) { return false }
        if WordClasses.breaksPhrase(word) || WordClasses.prepositions.contains(word) { return false }
        if !view.capitalized[index], WordClasses.isAdverb(word) { return false }
        if !view.capitalized[index], CueLexicon.forms[word] != nil, !word.hasSuffix("s") { return false }
        return true
    }

    /// The phrase ending at `last`, scanning left no further than `floor`; nil when `last` is not
    /// a noun phrase end.
    func phrase(endingAt last: Int, floor: Int) -> ClosedRange<Int>? {
        if WordClasses.subjectPronouns.contains(view.lower[last]) { return last...last }
        var first = last
        var index = last - 1
        if view.isPunctuation(last, ")") {
            var open = last - 1
            while open > floor, last - open < 10, !view.isPunctuation(open, "(") { open -= 1 }
            guard open > floor, view.isPunctuation(open, "("), isNominal(open - 1) else { return nil }
            first = open - 1
            index = open - 2
        }
        guard isNominal(first) else { return nil }
        var steps = 0
        while index >= floor, steps < 12 {
            steps += 1
            let word = view.lower[index]
            if isNominal(index) {
                first = index
            } else if WordClasses.determiners.contains(word), word != "that" {
                first = index
                guard index - 1 >= floor, Self.innerPrepositions.contains(view.lower[index - 1]),
                    index - 2 >= floor, isNominal(index - 2)
                else { break }
            } else if Self.innerPrepositions.contains(word), index - 1 >= floor, isNominal(index - 1) {
                first = index
            } else if word == "and", view.capitalized[first], index - 1 >= floor, view.capitalized[index - 1],
                view.isWord(index - 1)
            {
                first = index
            } else if isJoiner(index), index - 1 >= floor, view.isWord(index - 1) {
                first = index
            } else {
                break
            }
            index -= 1
        }
        return first...last
    }

    /// The phrase starting at `first`, scanning right no further than `ceiling`.
    func phrase(startingAt first: Int, ceiling: Int) -> ClosedRange<Int>? {
        guard first <= ceiling else { return nil }
        if WordClasses.subjectPronouns.contains(view.lower[first]) { return first...first }
        var last = first - 1
        var index = first
        var sawNominal = false
        while index <= ceiling, index - first < 12 {
            let word = view.lower[index]
            if sawNominal, SpeakerLexicon.postModifiers.contains(word), index + 1 <= ceiling,
                WordClasses.prepositions.contains(view.lower[index + 1])
            {
                last = index + 1
                index += 2
                sawNominal = false
                continue
            }
            if WordClasses.determiners.contains(word) && !sawNominal {
                last = index
            } else if isNominal(index) {
                if sawNominal, !view.capitalized[index], view.isWord(last), word.hasSuffix("ed") || Self.phraseVerbs.contains(word) {
                    break
                }
                if sawNominal, WordClasses.timeWords.contains(word), view.capitalized[index], isWeekday(word) { break }
                last = index
                sawNominal = true
            } else if sawNominal, Self.innerPrepositions.contains(word), word != "on", word != "in", index + 1 <= ceiling,
                WordClasses.determiners.contains(view.lower[index + 1]) || view.capitalized[index + 1]
            {
                last = index
                sawNominal = false
            } else if isJoiner(index), sawNominal, index + 1 <= ceiling, view.isWord(index + 1) {
                last = index
            } else {
                break
            }
            index += 1
        }
        while last >= first, !isNominal(last) { last -= 1 }
        return last >= first ? first...last : nil
    }

    private func isWeekday(_ word: String) -> Bool {
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(word)
    }

    /// Hyphens, apostrophes and ampersands that join the words of a name.
    private func isJoiner(_ index: Int) -> Bool {
        view.isPunctuation(index, "-") || view.isPunctuation(index, "&") || view.isPunctuation(index, "\u{2019}")
            || view.isPunctuation(index, "'") || view.isPunctuation(index, ".")
    }
}
