/// Removes Markdown inline markup from one block: emphasis, code spans, links (kept as their
/// text), images, inline HTML tags and comments, escapes and entities; then collapses white space.
///
/// Every output scalar remembers the input index it came from (-1 when made up), so offsets map
/// back to the source. Searches for closing marks are bounded or remembered as failed, so a block
/// full of unmatched marks is still read in linear time, and nesting never recurses deeply.
struct MarkdownInline {
    /// A comment found inside the block, at an output position.
    struct Comment {
        var text: String
        var inputIndex: Int
        var position: Int
    }

    struct Delimiter {
        var mark: Unicode.Scalar
        var start: Int
        var count: Int
        var canOpen: Bool
        var canClose: Bool
    }

    let input: [Unicode.Scalar]
    let references: Set<String>
    var output: [Unicode.Scalar] = []
    var origins: [Int32] = []
    var comments: [Comment] = []
    /// Whether the block opens with an image (such a paragraph with text reads as a caption).
    var opensWithImage = false
    var delimiters: [Delimiter] = []
    var backtickRunsWithoutCloser: Set<Int> = []
    var commentsClosed = true

    /// Where the last `]` and `)` of the input stand: no link can close after them.
    let lastClosing: [Unicode.Scalar: Int]

    static let linkSearchLimit = 1_000
    static let maximumNesting = 16

    init(input: [Unicode.Scalar], references: Set<String>) {
        self.input = input
        self.references = references
        var lastClosing: [Unicode.Scalar: Int] = [:]
        lastClosing["]"] = input.lastIndex(of: "]")
        lastClosing[")"] = input.lastIndex(of: ")")
        self.lastClosing = lastClosing
    }

    mutating func emit(_ scalar: Unicode.Scalar, from index: Int) {
        output.append(scalar)
        origins.append(Int32(truncatingIfNeeded: index))
    }

    mutating func emit(_ range: Range<Int>) {
        for index in range { emit(input[index], from: index) }
    }

    /// Renders `range` of the input, appending to `output`.
    mutating func render(_ range: Range<Int>, depth: Int = 0) {
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = input[index]
            switch scalar {
            case "\\": index = escape(at: index, end: range.upperBound)
            case "`": index = codeSpan(at: index, end: range.upperBound)
            case "<": index = angle(at: index, end: range.upperBound)
            case "&": index = entity(at: index, end: range.upperBound)
            case "!" where index + 1 < range.upperBound && input[index + 1] == "[":
                if let link = link(at: index + 1, end: range.upperBound) {
                    if output.isEmpty { opensWithImage = true }
                    index = link.next
                } else {
                    emit(scalar, from: index)
                    index += 1
                }
            case "[": index = bracket(at: index, end: range.upperBound, depth: depth)
            case "*", "_", "~": index = delimiterRun(at: index, end: range.upperBound)
            default:
                emit(scalar, from: index)
                index += 1
            }
        }
    }

    private mutating func escape(at index: Int, end: Int) -> Int {
        guard index + 1 < end else {
            emit(input[index], from: index)
            return index + 1
        }
        let next = input[index + 1]
        if next == "\n" { return index + 1 }
        if next.isASCIIPunctuation {
            emit(next, from: index + 1)
            return index + 2
        }
        emit(input[index], from: index)
        return index + 1
    }

    private mutating func bracket(at index: Int, end: Int, depth: Int) -> Int {
        if index + 1 < end, input[index + 1] == "^",
            let close = input[index..<min(end, index + 40)].firstIndex(of: "]") {
            return close + 1
        }
        guard depth < Self.maximumNesting, let link = link(at: index, end: end) else {
            emit(input[index], from: index)
            return index + 1
        }
        render(link.text, depth: depth + 1)
        return link.next
    }
}

extension Unicode.Scalar {
    /// One of the ASCII punctuation marks a backslash can escape.
    var isASCIIPunctuation: Bool {
        isASCII && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(self)
    }

    /// Punctuation or a symbol, as the emphasis flanking rules define it.
    var isPunctuationOrSymbol: Bool {
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol,
            .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default: false
        }
    }
}
