import VerityCore

/// One audited document in the JSON report: the document, its analysis and its findings.
struct JSONDocument: Encodable {
    struct Block: Encodable {
        var kind: String
        var range: JSONRange
    }

    struct Sentence: Encodable {
        var range: JSONRange
        var block: Int
        var tokenStart: Int
        var tokenEnd: Int

        enum CodingKeys: String, CodingKey {
            case range, block, tokenStart = "token_start", tokenEnd = "token_end"
        }
    }

    /// Tokens are many: offsets only, no line/column.
    struct Token: Encodable {
        var kind: String
        var start: Int
        var end: Int
    }

    struct Comment: Encodable {
        var text: String
        var offset: Int
        var sourceLocation: JSONLocation?

        enum CodingKeys: String, CodingKey { case text, offset, sourceLocation = "source_location" }
    }

    struct Anchor: Encodable {
        var offset: Int
        var line: Int
        var column: Int
        var verbatim: Bool
    }

    var id: String
    var source: String
    var format: String
    var metadata: ArticleMetadata
    var text: String
    var blocks: [Block]
    var sentences: [Sentence]
    var tokens: [Token]
    var quotes: [JSONQuote]
    var speakers: [JSONSpeaker]
    var claims: [JSONClaim]
    var comments: [Comment]
    var sourceMap: [Anchor]
    var rules: [RuleInfo]
    var findings: [JSONFinding]
    var counts: JSONCounts

    enum CodingKeys: String, CodingKey {
        case id, source, format, metadata, text, blocks, sentences, tokens, quotes, speakers, claims
        case comments, sourceMap = "source_map", rules, findings, counts
    }

    init(_ result: AuditResult) {
        let analysis = result.analysis
        let document = analysis.document
        id = document.id
        source = document.source
        format = document.format.rawValue
        metadata = document.metadata
        text = document.text
        blocks = document.blocks.map { Block(kind: $0.kind.rawValue, range: JSONRange($0.range, in: document)) }
        sentences = analysis.sentences.map {
            Sentence(
                range: JSONRange($0.range, in: document), block: $0.blockIndex,
                tokenStart: $0.tokens.lowerBound, tokenEnd: $0.tokens.upperBound)
        }
        tokens = analysis.tokens.map { Token(kind: $0.kind.rawValue, start: $0.range.start, end: $0.range.end) }
        quotes = analysis.quotes.map { JSONQuote($0, in: document) }
        speakers = analysis.speakers.map { JSONSpeaker($0, in: document) }
        claims = analysis.claims.map { JSONClaim($0, in: document) }
        comments = document.comments.map {
            Comment(text: $0.text, offset: $0.offset, sourceLocation: $0.location.map(JSONLocation.init))
        }
        sourceMap = document.sourceMap.anchors.map {
            Anchor(
                offset: $0.textOffset, line: $0.location.line, column: $0.location.column,
                verbatim: $0.isVerbatim)
        }
        rules = result.referencedRules
        findings = result.orderedFindings.map { JSONFinding($0, in: result) }
        counts = JSONCounts(result.findings)
    }
}
