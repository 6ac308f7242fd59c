/// One thing in an article an editor should look at, produced by a rule.
public struct Finding: Hashable, Sendable, Codable {
    /// The rule that produced it.
    public var ruleID: String
    /// Its level after configuration.
    public var level: Level
    /// The rule's message with its variables filled in.
    public var message: String
    /// The words the finding is about.
    public var range: TextRange
    /// Index of the sentence the range starts in, when it is inside one.
    public var sentenceIndex: Int?
    /// Index into `DocumentAnalysis.quotes` of the quote concerned, if any.
    public var quoteIndex: Int?
    /// Index into `DocumentAnalysis.claims` of the claim concerned, if any.
    public var claimIndex: Int?
    /// Index into `DocumentAnalysis.speakers` of the speaker concerned, if any.
    public var speakerIndex: Int?

    public init(
        ruleID: String, level: Level, message: String, range: TextRange, sentenceIndex: Int? = nil,
        quoteIndex: Int? = nil, claimIndex: Int? = nil, speakerIndex: Int? = nil
    ) {
        self.ruleID = ruleID
        self.level = level
        self.message = message
        self.range = range
        self.sentenceIndex = sentenceIndex
        self.quoteIndex = quoteIndex
        self.claimIndex = claimIndex
        self.speakerIndex = speakerIndex
    }

    /// The order reports use: by offset, then rule id.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.range.start, lhs.range.end, lhs.ruleID) < (rhs.range.start, rhs.range.end, rhs.ruleID)
    }
}
