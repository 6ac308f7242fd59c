import Foundation
import VerityCore

/// Reads an HTML page into a `Document`: decodes it (BOM, `<meta charset>`, else UTF-8), parses
/// it with libxml2 (recovering from broken markup, never touching the network), finds the
/// article body, drops page chrome and reads the metadata. Reading never fails: a page with no
/// article gives an empty body.
public struct HTMLReader: Sendable {
    /// Below this many scalars a body is taken as a miss, and a looser pass is tried.
    static let minimumBodyLength = 250

    public init() {}

    /// Reads the page `data`; `id` and `source` are recorded on the document. Offsets in the
    /// document are Unicode scalars; its source map points at lines of the page.
    public func document(from data: Data, id: String, source: String) -> Document {
        let bytes = [UInt8](data)
        let tree = parse(bytes)
        var metadata = MetadataExtractor().metadata(from: PageFacts(tree: tree))
        if metadata.published == nil { metadata.published = EmbeddedStateDate().isoDate(in: bytes) }
        var body = ArticleBody(tree: tree, filter: ChromeFilter(), title: metadata.title)
        if body.length < Self.minimumBodyLength {
            let loose = ArticleBody(tree: tree, filter: ChromeFilter(usesNames: false), title: metadata.title)
            if loose.length > body.length { body = loose }
        }
        var document = Document(
            id: id, source: source, format: .html, metadata: metadata,
            blockTexts: body.blocks.map { ($0.kind, $0.text) }, sourceMap: body.sourceMap)
        document.comments = body.comments
        return document
    }

    private func parse(_ bytes: [UInt8]) -> PageTree {
        let input = PageDecoder().parserInput(of: bytes)
        let blanked = RawTextBlanker().blanked(PageDecoder.withoutNUL(input.bytes))
        if let tree = PageParser().tree(from: blanked, encodingName: input.encodingName) { return tree }
        let repaired = RawTextBlanker().blanked(PageDecoder.withoutNUL(PageDecoder.repairedUTF8(bytes[...])))
        return PageParser().tree(from: repaired, encodingName: "UTF-8") ?? PageTree()
    }
}
