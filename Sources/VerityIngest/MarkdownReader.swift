import Foundation
import VerityCore

/// Reads a Markdown article: optional YAML front matter, then headings, paragraphs, blockquotes
/// and list items as blocks, with inline markup removed (emphasis, code, links kept as their
/// text, images dropped) and `<!-- … -->` comments kept as `Document.comments`.
///
/// A level-one heading opening the article is its title (not part of the body), and a `By …`
/// paragraph right after it gives the authors. Every body offset maps back to a source line and
/// column through `Document.sourceMap`. Reading never fails: invalid bytes are replaced.
public struct MarkdownReader: Sendable {
    /// Creates a reader; it holds no state.
    public init() {}

    /// Reads `data` into a document with the given id and source.
    public func document(from data: Data, id: String, source: String) -> Document {
        let text = SourceText(data: data)
        let frontMatter = FrontMatter(text)
        var metadata = frontMatter?.metadata ?? ArticleMetadata()
        var parser = MarkdownBlockParser(source: text)
        parser.parse(from: frontMatter?.bodyStartLine ?? 0)

        var builder = BodyBuilder()
        var starts: [Int?] = []
        var comments: [InlineComment] = []
        var bylineCandidate = 0
        for (index, raw) in parser.blocks.enumerated() {
            let block = RenderedBlock(raw, source: text, references: parser.references)
            if index == 0, movesToTitle(block, metadata: &metadata) {
                bylineCandidate = 1
                starts.append(nil)
                continue
            }
            if index == bylineCandidate, block.kind == .paragraph, Byline.isByline(block.string) {
                if metadata.authors.isEmpty { metadata.authors = Byline.names(in: block.string) }
                starts.append(nil)
                continue
            }
            guard !block.scalars.isEmpty else {
                starts.append(nil)
                continue
            }
            let start = builder.nextBlockStart
            starts.append(start)
            appendRuns(of: block, to: &builder)
            builder.endBlock(block.kind)
            comments += block.comments.map { comment in
                InlineComment(
                    text: comment.text, offset: start + comment.position,
                    location: block.source.location(of: comment.inputIndex))
            }
        }
        comments += parser.comments.map { comment in
            let offset = starts[min(comment.beforeBlock, starts.count)...].lazy.compactMap { $0 }.first
            return InlineComment(text: comment.text, offset: offset ?? builder.count, location: comment.location)
        }
        comments.sort { $0.offset < $1.offset }
        return builder.document(id: id, source: source, format: .markdown, metadata: metadata, comments: comments)
    }

    /// Appends the block's scalars in runs copied contiguously from the source, one source
    /// location looked up per run.
    private func appendRuns(of block: RenderedBlock, to builder: inout BodyBuilder) {
        var start = 0
        while start < block.scalars.count {
            let origin = block.origins[start]
            var end = start + 1
            if origin >= 0 {
                while end < block.scalars.count, block.origins[end] == block.origins[end - 1] + 1 { end += 1 }
            }
            let location = origin < 0 ? nil : block.source.location(of: Int(origin))
            builder.append(block.scalars[start..<end], at: location)
            start = end
        }
    }

    /// Takes the title from an opening level-one heading (unless front matter gives another).
    private func movesToTitle(_ block: RenderedBlock, metadata: inout ArticleMetadata) -> Bool {
        guard block.headingLevel == 1 else { return false }
        let title = block.string
        let plain = { (text: String) in text.filter { !"*_`".contains($0) } }
        guard metadata.title.map(plain) ?? plain(title) == plain(title) else { return false }
        metadata.title = metadata.title ?? title
        return true
    }
}

/// A Markdown block with its inline markup removed.
private struct RenderedBlock {
    var kind: Block.Kind
    var headingLevel: Int?
    var source: InlineSource
    var scalars: [Unicode.Scalar]
    var origins: [Int32]
    var comments: [MarkdownInline.Comment]

    init(_ block: MarkdownBlock, source text: SourceText, references: Set<String>) {
        source = block.inlineSource(in: text)
        kind = block.blockKind
        if case .heading(let level) = block.kind { headingLevel = level }
        guard block.kind != .code else {
            scalars = source.scalars
            origins = source.scalars.indices.map { Int32(truncatingIfNeeded: $0) }
            comments = []
            return
        }
        var inline = MarkdownInline(input: source.scalars, references: references)
        inline.render(0..<source.scalars.count)
        (scalars, origins, comments) = inline.finish()
        if inline.opensWithImage, kind == .paragraph, !scalars.isEmpty { kind = .caption }
    }

    var string: String { String(String.UnicodeScalarView(scalars)) }
}
