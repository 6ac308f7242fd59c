import Foundation
import VerityCore

/// Splits a Markdown source into blocks (paragraphs, ATX and setext headings, blockquotes, list
/// items, fenced code), collecting HTML comments and link reference labels on the way.
///
/// A line-by-line subset of CommonMark that news Markdown needs; thematic breaks and reference
/// definitions are dropped. Every line is looked at once, so the parse is linear in the source.
struct MarkdownBlockParser {
    /// A `<!-- … -->` comment standing between blocks.
    struct Comment {
        var text: String
        var location: SourceLocation
        /// Index into `blocks` of the block that follows the comment.
        var beforeBlock: Int
    }

    let source: SourceText
    var blocks: [MarkdownBlock] = []
    var comments: [Comment] = []
    /// Lowercased labels of link reference definitions (`[label]: url`).
    var references: Set<String> = []
    /// The paragraph-like block lines are being added to.
    var open: MarkdownBlock?
    var fence: (mark: Unicode.Scalar, length: Int)?
    var pendingComment: (lines: [String], location: SourceLocation)?
    var previousBlank = true
    var listContentIndent: Int?

    init(source: SourceText) {
        self.source = source
    }

    /// Parses every line from zero-based line `start` to the end.
    mutating func parse(from start: Int) {
        for line in start..<max(start, source.lines.count) { parseLine(line) }
        closeBlock()
        if let pending = pendingComment { finishComment(pending.lines, at: pending.location) }
    }

    private var scalars: [Unicode.Scalar] { source.scalars }

    private mutating func parseLine(_ line: Int) {
        let range = source.lines[line]
        if pendingComment != nil { return continueComment(line: line, range: range) }
        let (depth, afterQuotes) = quoteMarkers(in: range)
        var start = afterQuotes
        var indent = 0
        while start < range.upperBound, scalars[start].isSpaceOrTab {
            indent += scalars[start] == "\t" ? 4 : 1
            start += 1
        }
        let content = start..<range.upperBound
        if fence != nil { return fenceLine(line, content: content, whole: afterQuotes..<range.upperBound) }
        guard !content.isEmpty else {
            closeBlock()
            previousBlank = true
            return
        }
        defer { previousBlank = false }
        if structuralLine(line, content: content, depth: depth, indent: indent) { return }
        textLine(line, content: content, depth: depth, indent: indent)
    }

    /// Counts leading `>` markers (each after up to three spaces, with one optional space after).
    private func quoteMarkers(in range: Range<Int>) -> (depth: Int, contentStart: Int) {
        var depth = 0
        var index = range.lowerBound
        while true {
            var probe = index
            while probe < range.upperBound, probe - index < 3, scalars[probe] == " " { probe += 1 }
            guard probe < range.upperBound, scalars[probe] == ">" else { break }
            depth += 1
            index = probe + 1
            if index < range.upperBound, scalars[index].isSpaceOrTab { index += 1 }
        }
        return (depth, index)
    }

    /// Handles fences, comments, headings, setext underlines, breaks, list items and reference
    /// definitions; returns false for an ordinary text line.
    private mutating func structuralLine(_ line: Int, content: Range<Int>, depth: Int, indent: Int) -> Bool {
        let first = scalars[content.lowerBound]
        let lineText = source.string(content)
        if indent < 4, first == "`" || first == "~", run(of: first, at: content.lowerBound, in: content) >= 3 {
            closeBlock()
            fence = (first, run(of: first, at: content.lowerBound, in: content))
            open = MarkdownBlock(kind: .code, quoteDepth: depth)
            return true
        }
        if lineText.hasPrefix("<!--") { return startComment(line: line, content: content) }
        if first == "#", let heading = atxHeading(content) {
            closeBlock()
            var block = MarkdownBlock(kind: .heading(level: heading.level), quoteDepth: depth)
            if !heading.text.isEmpty { block.segments.append((line, heading.text)) }
            blocks.append(block)
            return true
        }
        if let underline = setextLevel(lineText), var paragraph = open, paragraph.kind == .paragraph,
            !previousBlank {
            paragraph.kind = .heading(level: underline)
            open = paragraph
            closeBlock()
            return true
        }
        if isThematicBreak(content) {
            closeBlock()
            return true
        }
        if let item = listItem(content, indent: indent) {
            closeBlock()
            listContentIndent = item.contentIndent
            var block = MarkdownBlock(kind: .listItem, quoteDepth: depth)
            block.segments.append((line, item.text))
            open = block
            return true
        }
        if open == nil, first == "[", lineText.range(of: #"^\[[^\]]+\]:\s*\S"#, options: .regularExpression) != nil,
            let close = lineText.firstIndex(of: "]") {
            references.insert(String(lineText[lineText.index(after: lineText.startIndex)..<close]).lowercased())
            return true
        }
        return false
    }

    private mutating func textLine(_ line: Int, content: Range<Int>, depth: Int, indent: Int) {
        if var block = open, !previousBlank, block.kind != .code, depth <= block.quoteDepth {
            block.segments.append((line, content))
            open = block
            return
        }
        closeBlock()
        let kind: MarkdownBlock.Kind
        if let listIndent = listContentIndent, previousBlank, indent >= listIndent {
            kind = .listItem
        } else {
            if depth == 0 { listContentIndent = nil }
            kind = depth > 0 ? .blockquote : .paragraph
        }
        var block = MarkdownBlock(kind: kind, quoteDepth: depth)
        block.segments.append((line, content))
        open = block
    }

    mutating func closeBlock() {
        if let block = open, !block.segments.isEmpty { blocks.append(block) }
        open = nil
    }
}
