import Foundation
import VerityCore

/// Recognisers for the single-line constructs of Markdown: headings, list markers, breaks,
/// code fences and HTML comments.
extension MarkdownBlockParser {
    func run(of mark: Unicode.Scalar, at index: Int, in range: Range<Int>) -> Int {
        var end = index
        while end < range.upperBound, source.scalars[end] == mark { end += 1 }
        return end - index
    }

    /// `## Text ##` → level 2 and the range of `Text`; nil when the line is not an ATX heading.
    func atxHeading(_ content: Range<Int>) -> (level: Int, text: Range<Int>)? {
        let level = run(of: "#", at: content.lowerBound, in: content)
        var start = content.lowerBound + level
        guard (1...6).contains(level), start == content.upperBound || source.scalars[start].isSpaceOrTab
        else { return nil }
        while start < content.upperBound, source.scalars[start].isSpaceOrTab { start += 1 }
        var end = content.upperBound
        while end > start, source.scalars[end - 1].isSpaceOrTab { end -= 1 }
        var closing = end
        while closing > start, source.scalars[closing - 1] == "#" { closing -= 1 }
        if closing < end, closing == start || source.scalars[closing - 1].isSpaceOrTab {
            end = closing
            while end > start, source.scalars[end - 1].isSpaceOrTab { end -= 1 }
        }
        return (level, start..<end)
    }

    /// 1 for a line of `=`, 2 for a line of `-` (trailing white space allowed), else nil.
    func setextLevel(_ line: String) -> Int? {
        let marks = line.trimmingTrailingSpace
        guard let first = marks.first, first == "=" || first == "-", marks.allSatisfy({ $0 == first })
        else { return nil }
        return first == "=" ? 1 : 2
    }

    /// Three or more `*`, `-` or `_` with only spaces between them.
    func isThematicBreak(_ content: Range<Int>) -> Bool {
        let marks = source.scalars[content].filter { !$0.isSpaceOrTab }
        guard marks.count >= 3, let mark = marks.first, mark == "*" || mark == "-" || mark == "_" else {
            return false
        }
        return marks.allSatisfy { $0 == mark }
    }

    /// A bullet (`-`, `*`, `+`) or ordered (`1.`, `2)`) marker followed by white space and text.
    func listItem(_ content: Range<Int>, indent: Int) -> (text: Range<Int>, contentIndent: Int)? {
        let scalars = source.scalars
        var index = content.lowerBound
        if scalars[index] == "-" || scalars[index] == "*" || scalars[index] == "+" {
            index += 1
        } else {
            var digits = 0
            while index < content.upperBound, digits < 9, scalars[index].properties.numericType == .decimal,
                scalars[index].isASCII {
                index += 1
                digits += 1
            }
            guard digits > 0, index < content.upperBound, scalars[index] == "." || scalars[index] == ")"
            else { return nil }
            let number = source.string(content.lowerBound..<index)
            if number != "1", open?.kind == .paragraph, !previousBlank { return nil }
            index += 1
        }
        guard index < content.upperBound, scalars[index].isSpaceOrTab else { return nil }
        let markerWidth = index - content.lowerBound
        while index < content.upperBound, scalars[index].isSpaceOrTab { index += 1 }
        guard index < content.upperBound else { return nil }
        return (index..<content.upperBound, indent + markerWidth + 1)
    }

    mutating func fenceLine(_ line: Int, content: Range<Int>, whole: Range<Int>) {
        guard let fence else { return }
        let closing = !content.isEmpty && run(of: fence.mark, at: content.lowerBound, in: content) >= fence.length
            && source.scalars[(content.lowerBound + fence.length)..<content.upperBound].allSatisfy {
                $0 == fence.mark || $0.isSpaceOrTab
            }
        if closing {
            self.fence = nil
            closeBlock()
            previousBlank = false
        } else if var block = open {
            block.segments.append((line, whole))
            open = block
        }
    }

    mutating func startComment(line: Int, content: Range<Int>) -> Bool {
        closeBlock()
        let text = source.string(content)
        let location = source.location(of: content.lowerBound, onLine: line)
        let body = text.dropFirst(4)
        if let end = body.range(of: "-->") {
            finishComment([String(body[..<end.lowerBound])], at: location)
        } else {
            pendingComment = ([String(body)], location)
        }
        return true
    }

    mutating func continueComment(line: Int, range: Range<Int>) {
        guard var pending = pendingComment else { return }
        let text = source.string(range)
        if let end = text.range(of: "-->") {
            pending.lines.append(String(text[..<end.lowerBound]))
            pendingComment = nil
            finishComment(pending.lines, at: pending.location)
            previousBlank = true
        } else {
            pending.lines.append(text)
            pendingComment = pending
        }
    }

    mutating func finishComment(_ lines: [String], at location: SourceLocation) {
        let text = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        comments.append(Comment(text: text, location: location, beforeBlock: blocks.count))
    }
}
