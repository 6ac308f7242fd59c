import CLibXML2
import Foundation
import VerityCore

/// Reads an HTML page into a `Document` with libxml2's HTML parser, never touching the network.
public struct HTMLReader: Sendable {
    public init() {}

    /// Parses `data` and keeps the text of paragraphs and headings inside `<body>`.
    public func document(from data: Data, id: String, source: String) -> Document {
        var blocks: [(kind: Block.Kind, text: String)] = []
        var title: String?
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self),
                let page = htmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", options)
            else { return }
            defer { xmlFreeDoc(page) }
            var node = xmlDocGetRootElement(page)
            collect(&node, into: &blocks, title: &title)
        }
        return Document(
            id: id, source: source, format: .html, metadata: ArticleMetadata(title: title),
            blockTexts: blocks)
    }

    private func collect(
        _ start: inout UnsafeMutablePointer<xmlNode>?, into blocks: inout [(kind: Block.Kind, text: String)],
        title: inout String?
    ) {
        var stack: [UnsafeMutablePointer<xmlNode>] = start.map { [$0] } ?? []
        while let node = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = String(cString: node.pointee.name)
            switch name {
            case "p", "h2", "h3", "blockquote", "li":
                if let content = xmlNodeGetContent(node) {
                    let text = String(cString: content).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    verity_xmlFree(content)
                    blocks.append((name == "p" ? .paragraph : name == "li" ? .listItem : name == "blockquote" ? .blockquote : .heading, text))
                }
            case "title":
                if let content = xmlNodeGetContent(node) {
                    title = String(cString: content)
                    verity_xmlFree(content)
                }
            case "script", "style", "nav", "header", "footer", "aside", "form":
                continue
            default:
                var children: [UnsafeMutablePointer<xmlNode>] = []
                var child = node.pointee.children
                while let current = child {
                    children.append(current)
                    child = current.pointee.next
                }
                stack.append(contentsOf: children.reversed())
            }
        }
    }
}
