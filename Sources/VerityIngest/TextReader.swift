import Foundation
import VerityCore

/// Reads a plain-text article: optional YAML front matter, then paragraphs separated by blank lines.
///
/// Paragraph lines are kept verbatim (joined by "\n"), so a text whose paragraphs are separated by
/// single blank lines comes out unchanged and offsets into it stay valid. Without front matter, a
/// short first line without closing punctuation becomes the title (kept in the body as a heading
/// block) and a `By …` line after it gives the authors. A first line repeating the front matter's
/// title, and a byline after it, are left out of the body. Reading never fails: invalid bytes are
/// replaced.
public struct TextReader: Sendable {
    /// Creates a reader; it holds no state.
    public init() {}

    /// Reads `data` into a document with the given id and source.
    public func document(from data: Data, id: String, source: String) -> Document {
        let text = SourceText(data: data)
        let frontMatter = FrontMatter(text)
        var metadata = frontMatter?.metadata ?? ArticleMetadata()
        let paragraphs = self.paragraphs(in: text, from: frontMatter?.bodyStartLine ?? 0)
        var kinds: [Block.Kind?] = Array(repeating: .paragraph, count: paragraphs.count)
        var bylineIndex = 0
        if let first = paragraphs.first, first.count == 1 {
            let line = text.string(text.lines[first[0]]).trimmingCharacters(in: .whitespaces)
            if line == metadata.title {
                kinds[0] = nil
                bylineIndex = 1
            } else if metadata.title == nil, isTitle(line), paragraphs.count > 1 {
                metadata.title = line
                kinds[0] = .heading
                bylineIndex = 1
            }
        }
        if paragraphs.indices.contains(bylineIndex), paragraphs[bylineIndex].count == 1 {
            let line = text.string(text.lines[paragraphs[bylineIndex][0]])
            if Byline.isByline(line) {
                if metadata.authors.isEmpty { metadata.authors = Byline.names(in: line) }
                if kinds[0] == nil { kinds[bylineIndex] = nil }
            }
        }
        var builder = BodyBuilder()
        for (paragraph, kind) in zip(paragraphs, kinds) {
            guard let kind else { continue }
            for (position, line) in paragraph.enumerated() {
                if position > 0 { builder.append(CollectionOfOne("\n"), at: nil) }
                let range = text.lines[line]
                builder.append(text.scalars[range], at: SourceLocation(line: line + 1, column: 1))
            }
            builder.endBlock(kind)
        }
        return builder.document(id: id, source: source, format: .text, metadata: metadata)
    }

    /// Groups the zero-based line numbers from `start` into paragraphs: runs of non-blank lines.
    /// A line of only `*`, `-`, `_`, `=`, `~` or `#` (three or more) separates like a blank line.
    private func paragraphs(in text: SourceText, from start: Int) -> [[Int]] {
        var paragraphs: [[Int]] = []
        var current: [Int] = []
        for line in start..<max(start, text.lines.count) {
            if text.isBlank(line) || isSeparator(text.scalars[text.lines[line]]) {
                if !current.isEmpty { paragraphs.append(current) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        return paragraphs
    }

    private func isSeparator(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var mark: Unicode.Scalar?
        var count = 0
        for scalar in line where !scalar.isSpaceOrTab {
            if let mark, scalar != mark { return false }
            if mark == nil, !"*-_=~#".unicodeScalars.contains(scalar) { return false }
            mark = scalar
            count += 1
        }
        return count >= 3
    }

    private func isTitle(_ line: String) -> Bool {
        guard let last = line.last, line.count <= 160 else { return false }
        return !".,;:!?\"”’)…".contains(last) && !Byline.isByline(line)
    }
}
