import VerityCore

/// Finds every cue of reported speech in a sentence together with its speaker mention:
/// `X said`, `said X`, `X, head of Y, said`, `X … and vowed`, `…, citing`, `according to X`.
///
/// Longer than most files because every construction shares the same verb-use test and speaker
/// search; the word lists that drive them live at the top so they can be read together.
struct AttributionFinder {
    let view: TextView
    var phrases: PhraseScanner { PhraseScanner(view: view) }

    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "am"]
    static let modals: Set<String> = [
        "will", "would", "can", "could", "may", "might", "shall", "should", "must", "do", "did", "does",
        "not", "never", "n't", "has", "have", "had", "also", "to",
    ]
    /// Particles that turn a stance verb into another verb (`backed away`, `knocked out`).
    static let particles: Set<String> = ["away", "out", "off", "up", "down", "in", "into", "over"]
    static let timeNames: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "today", "yesterday", "tonight", "last", "this", "earlier", "later",
    ]
    static let pluralPronouns: Set<String> = ["i", "we", "they", "you", "who", "which", "that"]
    static let participleOpeners: Set<String> = [",", "and", "while", "by", "after", "before", "when", "without", "in", "—", "\u{2014}", "as"]

    /// The attributions of sentence `index`, in text order, without content yet.
    func attributions(inSentence index: Int) -> [Attribution] {
        let sentence = view.sentences[index]
        let lo = sentence.tokens.lowerBound
        let hi = sentence.tokens.upperBound
        var found: [Attribution] = []
        let isHeadline = isTitleCase(lo..<hi)
        var token = lo
        var lastWhat = Int.min / 2
        while token < hi {
            defer { token += 1 }
            guard view.quotationIndex[token] < 0, view.isWord(token) else { continue }
            let word = view.lower[token]
            if word.utf8.count == 4, word == "what" { lastWhat = token }
            if word == "according", token + 1 < hi, view.lower[token + 1] == "to" {
                if let speaker = phrases.phrase(startingAt: token + 2, ceiling: hi - 1) ?? untilComma(from: token + 2, hi: hi) {
                    found.append(Attribution(cue: token...(token + 1), speaker: extendedByName(speaker, hi: hi), sentence: index))
                    token += 1
                }
                continue
            }
            if word == "asked" || word == "asking", token + 2 < hi, view.lower[token + 1] == "not" || view.lower[token + 1] == "for",
                ["to", "anonymity"].contains(view.lower[token + 2])
            {
                continue
            }
            if token - lastWhat <= 8, let label = ownLabel(token, lo: lo, hi: hi, sentence: index) {
                found.append(label)
                continue
            }
            guard let entry = CueLexicon.forms[word],
                !view.capitalized[token] || token == lo || (isHeadline && CueLexicon.postposableLemmas.contains(entry.lemma))
            else { continue }
            if CueLexicon.punctuatedLemmas.contains(entry.lemma), token + 1 < hi, view.isWord(token + 1) { continue }
            let form = VerbForm(word, lemma: entry.lemma)
            guard let before = verbContext(token, form: form, lo: lo, hi: hi) else { continue }
            if let attribution = inverted(token, entry.lemma, lo: lo, hi: hi, sentence: index) {
                found.append(attribution)
            } else if let attribution = withSubject(token, before: before, form: form, lo: lo, sentence: index, previous: found.last) {
                found.append(attribution)
            }
        }
        return found
    }

    /// Whether most words of the sentence are capitalised, as in a headline (`Trump Says He Will …`).
    private func isTitleCase(_ tokens: Range<Int>) -> Bool {
        var words = 0
        var capitals = 0
        for index in tokens where view.tokens[index].kind == .word {
            words += 1
            if view.capitalized[index] { capitals += 1 }
        }
        return words >= 4 && capitals * 10 >= words * 7
    }

    /// The index of the first token before the cue that is not an adverb or auxiliary, when the
    /// word is used as a verb here; nil for nouns (`medical claims`, `Malik's comments`, `reports
    /// of`), passives (`was announced`) and infinitives (`to say`).
    private func verbContext(_ token: Int, form: VerbForm, lo: Int, hi: Int) -> Int? {
        if token + 1 < hi, view.lower[token + 1] == "by" || (view.lower[token + 1] == "of" && form != .past) { return nil }
        if token + 1 < hi, CueLexicon.forms[view.lower[token + 1]] != nil, form != .past { return nil }
        if token + 1 < hi, Self.particles.contains(view.lower[token + 1]),
            CueLexicon.forms[view.lower[token]]?.frame == .stance
        {
            return nil
        }
        var before = token - 1
        var sawAuxiliary = false
        while before >= lo, view.isWord(before), before < token, token - before <= 4 {
            let word = view.lower[before]
            if Self.beForms.contains(word), form == .past { return nil }
            if Self.modals.contains(word) || Self.beForms.contains(word) {
                sawAuxiliary = true
            } else if !WordClasses.isAdverb(word) {
                break
            }
            before -= 1
        }
        guard token > lo else { return lo - 1 }
        let previous = view.lower[token - 1]
        if previous == "to" || MentionParts.isPossessive(previous) { return nil }
        if WordClasses.determiners.contains(previous), previous != "that" { return nil }
        if Self.beForms.contains(previous), form != .ing { return nil }
        guard before >= lo else { return sawAuxiliary || form == .past ? before : nil }
        let word = view.lower[before]
        switch form {
        case .past:
            return before
        case .ing:
            let progressive = Self.beForms.contains(view.lower[token - 1]) || (sawAuxiliary && token - before > 1)
            return progressive || Self.participleOpeners.contains(word) ? before : nil
        case .base:
            if sawAuxiliary || Self.pluralPronouns.contains(word) || ["and", "or"].contains(word) { return before }
            if view.isPunctuation(before, ",") || view.isPunctuation(before, "%") { return before }
            if !CueLexicon.nounLike.contains(view.lower[token]), phrases.isNominal(before) { return before }
            return isPluralNoun(before) ? before : nil
        case .third:
            if sawAuxiliary || view.capitalized[before] || WordClasses.subjectPronouns.contains(word) || word == "that"
                || view.isPunctuation(before, ")") || view.isPunctuation(before, ",") || ["and", "or"].contains(word)
            {
                return before
            }
            if !CueLexicon.nounLike.contains(view.lower[token]), phrases.isNominal(before) { return before }
            guard before - 1 >= lo else { return nil }
            let earlier = view.lower[before - 1]
            return WordClasses.determiners.contains(earlier) || MentionParts.isPossessive(earlier) ? before : nil
        }
    }

    private func isPluralNoun(_ index: Int) -> Bool {
        let word = view.lower[index]
        return view.isWord(index) && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("’s")
            && !word.hasSuffix("'s") && !WordClasses.breaksPhrase(word) && !WordClasses.prepositions.contains(word)
    }

    /// `"…," said X` and `…, said X.`: the cue right after a comma or closing quotation mark,
    /// followed by a phrase that ends the sentence, a clause or an adjunct.
    private func inverted(_ token: Int, _ lemma: String, lo: Int, hi: Int, sentence: Int) -> Attribution? {
        guard CueLexicon.postposableLemmas.contains(lemma), token > lo, token + 1 < hi else { return nil }
        guard view.isPunctuation(token - 1, ",") || view.isQuoteMark(token - 1) else { return nil }
        let next = view.lower[token + 1]
        guard next != "that", !WordClasses.prepositions.contains(next),
            let speaker = phrases.phrase(startingAt: token + 1, ceiling: hi - 1)
        else { return nil }
        guard !WordClasses.timeWords.contains(view.lower[speaker.lowerBound]) || WordClasses.determiners.contains(view.lower[speaker.lowerBound]),
            !Self.timeNames.contains(view.lower[speaker.lowerBound])
        else { return nil }
        guard view.capitalized[speaker.lowerBound] || WordClasses.determiners.contains(view.lower[speaker.lowerBound])
            || ["he", "she", "they", "we", "i"].contains(view.lower[speaker.lowerBound])
        else { return nil }
        let after = speaker.upperBound + 1
        if after < hi, view.isWord(after) {
            let word = view.lower[after]
            guard word == "who" || WordClasses.prepositions.contains(word) || WordClasses.timeWords.contains(word) else { return nil }
        }
        var attribution = Attribution(cue: token...token, speaker: speaker, sentence: sentence)
        if after < hi, view.isPunctuation(after, ","), after + 1 < hi, view.isWord(after + 1), view.quotationIndex[after + 1] < 0 {
            var end = after + 1
            while end + 1 < hi, !view.isPunctuation(end + 1, ","), !view.isPunctuation(end + 1, ".") { end += 1 }
            attribution.apposition = (after + 1)...end
        }
        return attribution
    }

    /// `X said`, `X, head of Y, said`, `X has also warned`, `X … and vowed`, `…, citing`.
    private func withSubject(
        _ token: Int, before index: Int, form: VerbForm, lo: Int, sentence: Int, previous: Attribution?
    ) -> Attribution? {
        guard index >= lo else { return nil }
        let word = view.lower[index]
        let sharesSubject = ["and", "but", "or"].contains(word)
            || (form == .ing && Self.participleOpeners.contains(word))
        if sharesSubject {
            if let previous, previous.sentence == sentence, previous.cue.count == 1 {
                var shared = Attribution(cue: token...token, speaker: previous.speaker, apposition: previous.apposition, sentence: sentence)
                shared.sharesSubject = true
                return shared
            }
            guard let speaker = mainSubject(lo: lo, limit: index) else { return nil }
            var shared = Attribution(cue: token...token, speaker: speaker, sentence: sentence)
            shared.sharesSubject = true
            return shared
        }
        if view.isPunctuation(index, ",") || isDash(index) {
            return appositive(cue: token, comma: index, lo: lo, sentence: sentence)
        }
        guard view.quotationIndex[index] < 0, var speaker = phrases.phrase(endingAt: index, floor: lo) else { return nil }
        if isTimeAdjunct(speaker), speaker.lowerBound - 2 >= lo,
            let earlier = phrases.phrase(endingAt: speaker.lowerBound - 2, floor: lo)
        {
            speaker = earlier
        }
        speaker = withHead(speaker, lo: lo)
        guard !WordClasses.negativeSubjects.contains(view.lower[speaker.lowerBound]) else { return nil }
        return Attribution(cue: token...token, speaker: speaker, sentence: sentence)
    }

    /// Verbs of naming in `what they call X`, `what the army dubbed X`.
    static let namingVerbs: Set<String> = [
        "call", "calls", "called", "term", "terms", "termed", "dub", "dubs", "dubbed", "label", "labels", "labelled",
        "labeled",
    ]

    /// `what they call “a battlefield success”`, `what the ministry termed X`: the speaker's own
    /// label for something, attributed to the phrase between `what` and the naming verb.
    private func ownLabel(_ token: Int, lo: Int, hi: Int, sentence: Int) -> Attribution? {
        guard Self.namingVerbs.contains(view.lower[token]), token - 2 >= lo, token + 1 < hi, view.isWord(token - 1) else { return nil }
        let speaker: ClosedRange<Int>
        if WordClasses.subjectPronouns.contains(view.lower[token - 1]) {
            speaker = (token - 1)...(token - 1)
        } else if let phrase = phrases.phrase(endingAt: token - 1, floor: lo) {
            speaker = phrase
        } else {
            return nil
        }
        guard speaker.lowerBound - 1 >= lo, view.lower[speaker.lowerBound - 1] == "what" else { return nil }
        var label = Attribution(cue: token...token, speaker: speaker, sentence: sentence)
        label.isLabel = true
        return label
    }

    /// `Diplomats familiar with the talks said`, `Officials who spoke on condition of anonymity
    /// said`: when the phrase before the cue is the object of a post-modifier, the mention starts
    /// at the head noun the post-modifier describes (a person or group noun).
    func withHead(_ phrase: ClosedRange<Int>, lo: Int) -> ClosedRange<Int> {
        var index = phrase.lowerBound - 1
        var steps = 0
        while index > lo, steps < 8, view.isWord(index), view.quotationIndex[index] < 0 {
            let word = view.lower[index]
            let afterAdjective = WordClasses.prepositions.contains(word) && SpeakerLexicon.postModifiers.contains(view.lower[index - 1])
            let opensModifier = word == "who" || afterAdjective
                || (word == "with" && steps == 0 && ["knowledge", "direct", "close"].contains(view.lower[phrase.lowerBound]))
            if opensModifier {
                let end = afterAdjective ? index - 2 : index - 1
                guard end >= lo, let head = phrases.phrase(endingAt: end, floor: lo) else { return phrase }
                let noun = view.lower[head.upperBound]
                let isPersonal = SpeakerLexicon.groupNouns.contains(noun) || SpeakerLexicon.personHeads.contains(noun)
                    || (noun.hasSuffix("s") && !noun.hasSuffix("ss") && !MentionParts.isPossessive(noun))
                return isPersonal ? head.lowerBound...phrase.upperBound : phrase
            }
            index -= 1
            steps += 1
        }
        return phrase
    }

    /// The subject of the sentence's main clause, after any opening adverbial phrase and comma.
    func mainSubject(lo: Int, limit: Int) -> ClosedRange<Int>? {
        var start = lo
        while start < limit, view.isWord(start), WordClasses.conjunctions.contains(view.lower[start]) || WordClasses.isAdverb(view.lower[start]) {
            start += 1
        }
        var skipped = 0
        while start < limit, skipped < 3,
            WordClasses.prepositions.contains(view.lower[start]) || WordClasses.conjunctions.contains(view.lower[start])
                || WordClasses.isAdverb(view.lower[start])
        {
            var comma = start
            while comma < limit, !view.isPunctuation(comma, ",") { comma += 1 }
            guard comma < limit else { return nil }
            start = comma + 1
            skipped += 1
        }
        guard start < limit else { return nil }
        return phrases.phrase(startingAt: start, ceiling: limit - 1)
    }

    /// `who in 2010 said`, `Trump on Monday said`: a phrase of time words or numbers after a
    /// preposition, standing between the subject and its verb.
    private func isTimeAdjunct(_ phrase: ClosedRange<Int>) -> Bool {
        guard phrase.lowerBound > 0, ["in", "on", "at", "during", "since", "last", "this"].contains(view.lower[phrase.lowerBound - 1])
        else { return false }
        return phrase.allSatisfy {
            view.tokens[$0].kind == .number || Self.timeNames.contains(view.lower[$0]) || WordClasses.timeWords.contains(view.lower[$0])
        }
    }

    /// `X, head of Y, said` and `X, who …, said`: the phrase before the previous comma.
    private func appositive(cue: Int, comma: Int, lo: Int, sentence: Int) -> Attribution? {
        let dashed = isDash(comma)
        var close = comma
        while dashed, close - 1 > lo, isDash(close - 1) { close -= 1 }
        var open = close - 1
        while open > lo, !(dashed ? isDash(open) : view.isPunctuation(open, ",")), comma - open < 40 {
            if view.isQuotationBoundary(open) { return nil }
            open -= 1
        }
        guard open > lo, dashed ? isDash(open) : view.isPunctuation(open, ","), open + 1 < close else { return nil }
        var head = open - 1
        while dashed, head > lo, isDash(head) { head -= 1 }
        guard var speaker = phrases.phrase(endingAt: head, floor: lo) else { return nil }
        if !dashed, let named = nameBeforeList(speaker, lo: lo) {
            speaker = named.speaker
            open = named.comma
        }
        let first = view.lower[open + 1]
        let looksAppositive = first == "who" || WordClasses.determiners.contains(first) || view.capitalized[open + 1]
            || phrases.isNominal(open + 1)
        guard looksAppositive else { return nil }
        return Attribution(cue: cue...cue, speaker: speaker, apposition: (open + 1)...(close - 1), sentence: sentence)
    }

    /// `Anne Richards, assistant secretary for population, refugees, and migration, said`: when
    /// the phrase before the apposition's comma is a lower-case list item, the name before an
    /// earlier comma (within a few commas) is the speaker.
    private func nameBeforeList(_ phrase: ClosedRange<Int>, lo: Int) -> (speaker: ClosedRange<Int>, comma: Int)? {
        guard !view.capitalized[phrase.lowerBound] else { return nil }
        var comma = phrase.lowerBound - 1
        for _ in 0..<3 {
            while comma > lo, !view.isPunctuation(comma, ",") {
                if view.isQuotationBoundary(comma) { return nil }
                comma -= 1
            }
            guard comma > lo, let candidate = phrases.phrase(endingAt: comma - 1, floor: lo) else { return nil }
            if view.capitalized[candidate.lowerBound], view.capitalized[candidate.upperBound] { return (candidate, comma) }
            comma = candidate.lowerBound - 1
        }
        return nil
    }

    /// Whether token `index` is a dash (`—`, `–`, or one hyphen of `--`).
    private func isDash(_ index: Int) -> Bool {
        view.isPunctuation(index, "\u{2014}") || view.isPunctuation(index, "\u{2013}")
            || (view.isPunctuation(index, "-") && (view.tokens[index].range.start > 0)
                && (view.isPunctuation(index - 1, "-") || (index + 1 < view.tokens.count && view.isPunctuation(index + 1, "-"))))
    }

    /// `according to some on Twitter,`: the words up to the next comma when no phrase stands there.
    private func untilComma(from start: Int, hi: Int) -> ClosedRange<Int>? {
        guard let comma = (start..<min(hi, start + 8)).first(where: { view.isPunctuation($0, ",") }), comma > start else {
            return nil
        }
        return start...(comma - 1)
    }

    /// `Iran’s ambassador to Russia, Kazem Jalali,`: the role phrase extended by the name after it.
    private func extendedByName(_ phrase: ClosedRange<Int>, hi: Int) -> ClosedRange<Int> {
        let comma = phrase.upperBound + 1
        guard comma + 1 < hi, view.isPunctuation(comma, ","), view.capitalized[comma + 1] else { return phrase }
        var end = comma + 1
        while end + 1 < hi, view.capitalized[end + 1] || (view.isPunctuation(end + 1, "-") && end + 2 < hi) { end += 1 }
        let closes = end + 1 >= hi || view.isPunctuation(end + 1, ",") || view.isPunctuation(end + 1, ".")
        return closes ? phrase.lowerBound...end : phrase
    }
}

/// The inflection of a cue verb as written.
enum VerbForm {
    case base, third, past, ing

    init(_ word: String, lemma: String) {
        if word == lemma {
            self = .base
        } else if word.hasSuffix("ing") {
            self = .ing
        } else if word.hasSuffix("s") && !word.hasSuffix("ss") {
            self = .third
        } else {
            self = .past
        }
    }
}
