import VerityCore

/// A passage between paired quotation marks.
public struct QuotedSpan: Hashable, Sendable {
    /// The passage with its marks, in Unicode-scalar offsets (end exclusive).
    public var outer: TextRange
    /// The passage without its marks.
    public var content: TextRange
    /// Whether the marks are double (`"…"`, `“…”`, `''…''`, `«…»`, `„…“`) rather than single.
    public var isDouble: Bool
    /// How many quotations enclose this one (0 for a top-level quotation).
    public var depth: Int
}

/// Pairs quotation marks line by line: straight and curly, double and single, guillemets, `„…“`,
/// `''…''`, nested quotes, apostrophes told apart from single quotes, and quotes that run over
/// several paragraphs with the opening mark repeated. An unpaired mark is ignored, so it costs
/// nothing outside its own paragraph.
public struct QuotationMarks: Sendable {
    public init() {}

    private struct Mark {
        var offset: Int
        var length: Int
        var isDouble: Bool
    }

    private enum Role { case open, close, ambiguous }

    /// The quoted spans of `document`, sorted by start.
    public func spans(in document: Document) -> [QuotedSpan] {
        let scalars = document.scalars
        var spans: [QuotedSpan] = []
        var carried: Mark?
        let lines = LineSegment.lines(of: document)
        for (lineNumber, line) in lines.enumerated() {
            var stack: [Mark] = []
            var index = line.range.start
            var firstMark = true
            while index < line.range.end {
                guard scalars[index].mayBeQuotationMark else {
                    index += 1
                    continue
                }
                guard let (mark, role) = mark(at: index, in: scalars, block: line.range, stack: stack) else {
                    index += 1
                    continue
                }
                index += mark.length
                if firstMark, let open = carried, mark.isDouble == open.isDouble, role != .close,
                    mark.offset == firstNonSpace(line.range, scalars)
                {
                    stack.append(open)
                    carried = nil
                    firstMark = false
                    continue
                }
                firstMark = false
                let closes = role == .close || (role == .ambiguous && stack.last?.isDouble == mark.isDouble)
                if closes {
                    guard let depth = stack.lastIndex(where: { $0.isDouble == mark.isDouble }) else { continue }
                    let open = stack[depth]
                    stack.removeSubrange(depth...)
                    spans.append(QuotedSpan(
                        outer: TextRange(open.offset, mark.offset + mark.length),
                        content: TextRange(open.offset + open.length, mark.offset),
                        isDouble: mark.isDouble, depth: depth))
                } else {
                    stack.append(mark)
                }
            }
            carried = nil
            if let open = stack.first(where: { $0.isDouble }), lineNumber + 1 < lines.count,
                startsWithOpening(lines[lineNumber + 1].range, scalars)
            {
                carried = open
            }
        }
        return spans.sorted { $0.outer < $1.outer }
    }

    private func firstNonSpace(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> Int {
        var index = range.start
        while index < range.end, scalars[index].isSpace { index += 1 }
        return index
    }

    private func startsWithOpening(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> Bool {
        let index = firstNonSpace(range, scalars)
        guard index + 1 < range.end else { return false }
        switch scalars[index] {
        case "\u{201C}", "\u{201E}", "\u{00AB}", "\"": return true
        case "'": return scalars[index + 1] == "'"
        default: return false
        }
    }

    /// The quotation mark at `index` and its role from context, or nil when there is none
    /// (or the scalar is an apostrophe).
    private func mark(
        at index: Int, in scalars: [Unicode.Scalar], block: TextRange, stack: [Mark]
    ) -> (Mark, Role)? {
        let scalar = scalars[index]
        let prev: Unicode.Scalar = index > block.start ? scalars[index - 1] : " "
        let pairedApostrophes = scalar == "'" && index + 1 < block.end && scalars[index + 1] == "'"
        let pairedBackticks = scalar == "`" && index + 1 < block.end && scalars[index + 1] == "`"
        let length = pairedApostrophes || pairedBackticks ? 2 : 1
        let next: Unicode.Scalar = index + length < block.end ? scalars[index + length] : " "
        let looksOpen = (prev.opensContext || index == block.start) && !next.isSpace
        let looksClose = !prev.isSpace && (next.isSpace || !next.isWordCharacter)
        let contextRole: Role = looksOpen && !looksClose ? .open : (looksClose && !looksOpen ? .close : .ambiguous)
        switch scalar {
        case "\u{201C}", "\u{201E}", "\u{00AB}":
            let role: Role = contextRole == .close && stack.last?.isDouble == true ? .close : .open
            return (Mark(offset: index, length: 1, isDouble: true), role)
        case "\u{201D}", "\u{00BB}":
            let role: Role = contextRole == .open && !stack.contains(where: \.isDouble) ? .open : .close
            return (Mark(offset: index, length: 1, isDouble: true), role)
        case "\"":
            return (Mark(offset: index, length: 1, isDouble: true), contextRole)
        case "`" where pairedBackticks:
            return (Mark(offset: index, length: 2, isDouble: true), .open)
        case "'" where pairedApostrophes:
            return (Mark(offset: index, length: 2, isDouble: true), contextRole)
        case "\u{2018}", "\u{2019}", "'":
            return singleQuote(scalar, index: index, prev: prev, next: next, role: contextRole, stack: stack)
        default:
            return nil
        }
    }

    /// A single quotation mark, or nil for an apostrophe (`don't`, `Democrats’ platform`, `’90s`).
    private func singleQuote(
        _ scalar: Unicode.Scalar, index: Int, prev: Unicode.Scalar, next: Unicode.Scalar, role: Role, stack: [Mark]
    ) -> (Mark, Role)? {
        if prev.isWordCharacter && next.isWordCharacter { return nil }
        if next.isDigit { return nil }
        let mark = Mark(offset: index, length: 1, isDouble: false)
        let singleOpen = stack.contains { !$0.isDouble }
        switch role {
        case .open:
            return (mark, .open)
        case .close:
            return singleOpen ? (mark, .close) : nil
        case .ambiguous:
            if scalar == "\u{2018}" { return (mark, .open) }
            return singleOpen ? (mark, .close) : nil
        }
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is one of the quotation marks (or apostrophes) the pairer looks at.
    @inline(__always) var mayBeQuotationMark: Bool {
        switch value {
        case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E: true
        default: false
        }
    }

    /// Characters after which a quotation mark opens a quotation.
    var opensContext: Bool {
        isSpace || self == "(" || self == "[" || self == "{" || self == "\u{2014}"
            || self == "\u{2013}" || self == "-" || self == "/" || self == "\u{201C}" || self == "\""
            || self == "\u{2018}" || self == ":"
    }
}
