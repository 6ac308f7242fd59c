import VerityCore

/// Finds every cue of reported speech in a sentence together with its speaker mention:
/// `X said`, `said X`, `X, head of Y, said`, `X … and vowed`, `according to X`.
struct AttributionFinder {
    let view: TextView
    var phrases: PhraseScanner { PhraseScanner(view: view) }

    private static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s"]

    /// The attributions of sentence `index`, in text order, without content yet.
    func attributions(inSentence index: Int) -> [Attribution] {
        let sentence = view.sentences[index]
        let lo = sentence.tokens.lowerBound
        let hi = sentence.tokens.upperBound
        var found: [Attribution] = []
        var token = lo
        while token < hi {
            defer { token += 1 }
            guard view.quotationIndex[token] < 0, view.isWord(token) else { continue }
            let word = view.lower[token]
            if word == "according", token + 1 < hi, view.lower[token + 1] == "to" {
                if let speaker = phrases.phrase(startingAt: token + 2, ceiling: hi - 1) {
                    found.append(Attribution(cue: token...(token + 1), speaker: speaker, sentence: index))
                    token += 1
                }
                continue
            }
            guard let entry = CueLexicon.forms[word], !view.capitalized[token] || token == lo,
                isVerbUse(token, lo: lo, hi: hi)
            else { continue }
            if let attribution = inverted(token, entry.lemma, lo: lo, hi: hi, sentence: index) {
                found.append(attribution)
            } else if let attribution = withSubject(token, lo: lo, sentence: index, previous: found.last) {
                found.append(attribution)
            }
        }
        return found
    }

    /// Rules out nouns (`reports of`), passives (`was announced`) and infinitives (`to say`).
    private func isVerbUse(_ token: Int, lo: Int, hi: Int) -> Bool {
        if token + 1 < hi, ["of", "by"].contains(view.lower[token + 1]) { return false }
        guard token > lo else { return true }
        let before = view.lower[token - 1]
        if WordClasses.determiners.contains(before) || before == "to" { return false }
        if Self.beForms.contains(before), !view.lower[token].hasSuffix("ing") { return false }
        if token + 1 < hi, CueLexicon.forms[view.lower[token + 1]] != nil, !view.lower[token].hasSuffix("ed"),
            view.lower[token] != "said", view.lower[token] != "told"
        {
            return false
        }
        return true
    }

    /// `"…," said X` and `…, said X.`: the cue right after a comma or closing quotation mark.
    private func inverted(_ token: Int, _ lemma: String, lo: Int, hi: Int, sentence: Int) -> Attribution? {
        guard CueLexicon.postposableLemmas.contains(lemma), token > lo, token + 1 < hi else { return nil }
        guard view.isPunctuation(token - 1, ",") || view.isQuoteMark(token - 1) else { return nil }
        let next = view.lower[token + 1]
        guard next != "that", !WordClasses.prepositions.contains(next),
            let speaker = phrases.phrase(startingAt: token + 1, ceiling: hi - 1)
        else { return nil }
        guard view.capitalized[speaker.lowerBound] || WordClasses.determiners.contains(view.lower[speaker.lowerBound])
            || ["he", "she", "they", "we", "i"].contains(view.lower[speaker.lowerBound])
        else { return nil }
        var attribution = Attribution(cue: token...token, speaker: speaker, sentence: sentence)
        let after = speaker.upperBound + 1
        if after < hi, view.isPunctuation(after, ","), after + 1 < hi {
            var end = after + 1
            while end + 1 < hi, !view.isPunctuation(end + 1, ","), !view.isPunctuation(end + 1, ".") { end += 1 }
            attribution.apposition = (after + 1)...end
        }
        return attribution
    }

    /// `X said`, `X, head of Y, said`, `X has also warned`, `X … and vowed`.
    private func withSubject(_ token: Int, lo: Int, sentence: Int, previous: Attribution?) -> Attribution? {
        var index = token - 1
        var skipped = 0
        while index >= lo, skipped < 4, view.isWord(index),
            WordClasses.auxiliaries.contains(view.lower[index]) || WordClasses.isAdverb(view.lower[index])
        {
            index -= 1
            skipped += 1
        }
        guard index >= lo else { return nil }
        let word = view.lower[index]
        if ["and", "but", "or"].contains(word) {
            if let previous, previous.sentence == sentence {
                return Attribution(cue: token...token, speaker: previous.speaker, apposition: previous.apposition, sentence: sentence)
            }
            guard let speaker = phrases.phrase(startingAt: lo, ceiling: index - 1) else { return nil }
            return Attribution(cue: token...token, speaker: speaker, sentence: sentence)
        }
        if view.isPunctuation(index, ",") {
            return appositive(cue: token, comma: index, lo: lo, sentence: sentence)
        }
        guard view.quotationIndex[index] < 0, let speaker = phrases.phrase(endingAt: index, floor: lo) else { return nil }
        return Attribution(cue: token...token, speaker: speaker, sentence: sentence)
    }

    /// `X, head of Y, said` and `X, who …, said`: the phrase before the previous comma.
    private func appositive(cue: Int, comma: Int, lo: Int, sentence: Int) -> Attribution? {
        var open = comma - 1
        while open > lo, !view.isPunctuation(open, ","), comma - open < 25 {
            if view.isQuoteMark(open) { return nil }
            open -= 1
        }
        guard open > lo, view.isPunctuation(open, ","), open + 1 < comma,
            let speaker = phrases.phrase(endingAt: open - 1, floor: lo)
        else { return nil }
        let first = view.lower[open + 1]
        let looksAppositive = first == "who" || WordClasses.determiners.contains(first) || view.capitalized[open + 1]
            || PhraseScanner(view: view).isNominal(open + 1)
        guard looksAppositive else { return nil }
        return Attribution(cue: cue...cue, speaker: speaker, apposition: (open + 1)...(comma - 1), sentence: sentence)
    }
}
