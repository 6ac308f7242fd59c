import VerityCore

/// What every check needs about one analysed document, computed once per audit so that rules
/// never rescan the text: folded token keys, token classes and per-sentence facts about sourcing.
struct RuleContext {
    /// The analysis the rules run on.
    let analysis: DocumentAnalysis
    /// `TokenKey` of every token, parallel to `analysis.tokens`.
    let keys: [UInt64]
    /// `TokenClasses` of every token, parallel to `analysis.tokens`.
    let classes: [TokenClasses]
    /// The body's scalars (kept here so hot loops do not copy the document).
    let scalars: [Unicode.Scalar]
    /// The tokens (kept here for the same reason).
    let tokens: [Token]
    /// Contents of quotes in quotation marks (direct, mixed, scare), merged where they overlap,
    /// sorted by start.
    let quotedRanges: [TextRange]
    /// Per sentence: whether a speaker is credited for something said in it.
    let attributedSentences: [Bool]
    /// Per sentence: whether it names a person, organisation, state or outlet as a source.
    let namedSourceSentences: [Bool]
    /// The sentences reported so far by each rule that another rule's `reported_by` names.
    var sentencesReportedBy: [String: Set<Int>] = [:]

    init(analysis: DocumentAnalysis) {
        self.analysis = analysis
        let scalars = analysis.document.scalars
        self.scalars = scalars
        let tokens = analysis.tokens
        self.tokens = tokens
        // Keyed once by the text layer, with the words the analysis steps use.
        let keys = analysis.words.keys
        let classes = tokens.map { TokenClasses($0, scalars) }
        self.keys = keys
        self.classes = classes
        quotedRanges = Self.merged(analysis.quotes.filter { $0.kind != .indirect }.map(\.range))
        var attributed = Array(repeating: false, count: analysis.sentences.count)
        var named = Array(repeating: false, count: analysis.sentences.count)
        for quote in analysis.quotes where quote.speaker != nil || quote.cue != nil {
            if var index = analysis.sentenceIndex(containing: quote.range.start) {
                // The sentence the quote starts in and every later one it reaches into.
                repeat {
                    attributed[index] = true
                    index += 1
                } while index < analysis.sentences.count && analysis.sentences[index].range.start < quote.range.end
            }
            if let mention = quote.speaker, let index = analysis.sentenceIndex(containing: mention.range.start) {
                attributed[index] = true
            }
        }
        for claimIndex in analysis.claims.indices {
            let sentence = analysis.claims[claimIndex].sentenceIndex
            if case .speaker = analysis.claims[claimIndex].source, attributed.indices.contains(sentence) {
                attributed[sentence] = true
            }
        }
        for speaker in analysis.speakers where speaker.kind.isNamedSource {
            for mention in speaker.mentions {
                guard Self.containsName(mention, tokens: tokens, keys: keys, classes: classes, document: analysis.document),
                    let index = analysis.sentenceIndex(containing: mention.start)
                else { continue }
                named[index] = true
            }
        }
        attributedSentences = attributed
        namedSourceSentences = named
    }

    /// The document analysed.
    var document: Document { analysis.document }

    /// Notes the sentences of `findings`, the findings of rule `id`, for `reported_by`.
    mutating func record(_ findings: [Finding], of id: String) {
        sentencesReportedBy[id, default: []].formUnion(findings.compactMap(\.sentenceIndex))
    }

    /// Whether `range` lies inside the words of a quote in quotation marks.
    func isQuoted(_ range: TextRange) -> Bool {
        var low = 0
        var high = quotedRanges.count
        while low < high {
            let mid = (low + high) / 2
            if quotedRanges[mid].start <= range.start { low = mid + 1 } else { high = mid }
        }
        return low > 0 && quotedRanges[low - 1].contains(range)
    }

    /// `ranges` sorted, with overlapping ones joined.
    static func merged(_ ranges: [TextRange]) -> [TextRange] {
        var result: [TextRange] = []
        for range in ranges.sorted() {
            if let last = result.last, range.start <= last.end {
                result[result.count - 1] = TextRange(last.start, max(last.end, range.end))
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// The range of `count` tokens starting at token `first`.
    func range(ofTokens first: Int, count: Int) -> TextRange {
        let tokens = analysis.tokens
        return TextRange(tokens[first].range.start, tokens[first + count - 1].range.end)
    }

    /// Capitalised words that do not make a mention a name (`The plan`).
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "some", "many"]
    /// The token keys of `determiners`: a word whose key is not among them is no determiner, so
    /// only the few that are get their text compared.
    static let determinerKeys = KeyFilter(determiners.map(TokenKey.key))

    /// Whether a speaker mention holds a proper name: a capitalised word other than a determiner;
    /// `keys` and `classes` are parallel to `tokens`, the tokens of `document`.
    static func containsName(
        _ mention: TextRange, tokens: [Token], keys: [UInt64], classes: [TokenClasses], document: Document
    ) -> Bool {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.start < mention.start { low = mid + 1 } else { high = mid }
        }
        var index = low
        while index < tokens.count, tokens[index].range.end <= mention.end {
            if classes[index].contains(.capitalized),
                !determinerKeys.mayContain(keys[index]) || !determiners.contains(document.text(in: tokens[index].range).lowercased())
            {
                return true
            }
            index += 1
        }
        return false
    }
}

extension Speaker.Kind {
    /// Whether a reader can tell who this source is: a named person, organisation, state or outlet.
    var isNamedSource: Bool {
        switch self {
        case .namedPerson, .organisation, .state, .media: true
        case .unnamedIndividual, .anonymousGroup: false
        }
    }
}

extension RuleContext {
    /// The index of the token that starts at `offset`, if one does.
    func tokenIndex(startingAt offset: Int) -> Int? {
        let index = firstToken(startingAtOrAfter: offset)
        return index < analysis.tokens.count && analysis.tokens[index].range.start == offset ? index : nil
    }

    /// The index of the token that ends at `offset`, if one does.
    func tokenIndex(endingAt offset: Int) -> Int? {
        let index = firstToken(startingAtOrAfter: offset) - 1
        return index >= 0 && analysis.tokens[index].range.end == offset ? index : nil
    }

    /// The tokens of block `blockIndex`.
    func tokens(inBlock blockIndex: Int) -> Range<Int> {
        let range = document.blocks[blockIndex].range
        return firstToken(startingAtOrAfter: range.start)..<firstToken(startingAtOrAfter: range.end)
    }

    /// The index of the first token starting at or after `offset` (the token count if none).
    func firstToken(startingAtOrAfter offset: Int) -> Int {
        var low = 0
        var high = analysis.tokens.count
        while low < high {
            let mid = (low + high) / 2
            if analysis.tokens[mid].range.start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
