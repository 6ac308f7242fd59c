import Foundation
import VerityCore

/// Reads a plain-text article: optional YAML front matter, then paragraphs separated by blank lines.
///
/// Paragraph lines are kept verbatim (joined by "\n"), so a text whose paragraphs are separated by
/// single blank lines comes out unchanged and offsets into it stay valid. A short first line
/// without closing punctuation becomes the title (kept as a heading block); a `By …` line after it
/// gives the authors. Reading never fails: invalid bytes are replaced.
public struct TextReader: Sendable {
    public init() {}

    /// Reads `data` into a document with the given id and source.
    public func document(from data: Data, id: String, source: String) -> Document {
        let text = SourceText(data: data)
        let frontMatter = FrontMatter(text)
        var metadata = frontMatter?.metadata ?? ArticleMetadata()
        let paragraphs = self.paragraphs(in: text, from: frontMatter?.bodyStartLine ?? 0)
        var kinds = Array(repeating: Block.Kind.paragraph, count: paragraphs.count)
        if let first = paragraphs.first, first.count == 1 {
            let line = text.string(text.lines[first[0]]).trimmingCharacters(in: .whitespaces)
            if line == metadata.title || (metadata.title == nil && isTitle(line) && paragraphs.count > 1) {
                metadata.title = line
                kinds[0] = .heading
            }
        }
        let bylineIndex = kinds.first == .heading ? 1 : 0
        if metadata.authors.isEmpty, paragraphs.indices.contains(bylineIndex),
            paragraphs[bylineIndex].count == 1 {
            let line = text.string(text.lines[paragraphs[bylineIndex][0]])
            if Byline.isByline(line) { metadata.authors = Byline.names(in: line) }
        }
        var builder = BodyBuilder()
        for (paragraph, kind) in zip(paragraphs, kinds) {
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
        let marks = line.filter { !$0.isSpaceOrTab }
        guard marks.count >= 3, let mark = marks.first, "*-_=~#".unicodeScalars.contains(mark) else {
            return false
        }
        return marks.allSatisfy { $0 == mark }
    }

    private func isTitle(_ line: String) -> Bool {
        guard let last = line.last, line.count <= 160 else { return false }
        return !".,;:!?\"”’)…".contains(last) && !Byline.isByline(line)
    }
}
