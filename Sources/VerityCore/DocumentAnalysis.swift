/// Everything the analysis stage adds to a document: tokens, sentences, quotes, speakers, claims.
///
/// All ranges point into `document.text`; all cross-references are indices into these arrays.
public struct DocumentAnalysis: Sendable {
    /// The document analysed.
    public var document: Document {
        didSet { words = TokenWords(tokens: tokens, scalars: document.scalars) }
    }
    /// Tokens of the body, sorted by start.
    public var tokens: [Token] {
        didSet { words = TokenWords(tokens: tokens, scalars: document.scalars) }
    }
    /// The tokens as lower-case and normalised words, kept in step with `tokens`.
    public private(set) var words: TokenWords
    /// Sentences of the body, sorted by start.
    public var sentences: [Sentence]
    /// Quotes and reported statements, sorted by start.
    public var quotes: [Quote]
    /// Speaker entities, in order of first mention.
    public var speakers: [Speaker]
    /// Claims, sorted by start.
    public var claims: [Claim]

    public init(
        document: Document, tokens: [Token] = [], sentences: [Sentence] = [], quotes: [Quote] = [],
        speakers: [Speaker] = [], claims: [Claim] = []
    ) {
        self.document = document
        self.tokens = tokens
        words = TokenWords(tokens: tokens, scalars: document.scalars)
        self.sentences = sentences
        self.quotes = quotes
        self.speakers = speakers
        self.claims = claims
    }

    /// The index of the sentence that contains `offset`, or nil between sentences.
    public func sentenceIndex(containing offset: Int) -> Int? {
        var low = 0
        var high = sentences.count
        while low < high {
            let mid = (low + high) / 2
            if sentences[mid].range.end <= offset { low = mid + 1 } else { high = mid }
        }
        guard low < sentences.count, sentences[low].range.start <= offset else { return nil }
        return low
    }
}
