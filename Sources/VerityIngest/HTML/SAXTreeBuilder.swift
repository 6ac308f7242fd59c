import CLibXML2

/// Receives libxml2's SAX events for one parse and appends them to a `PageTree` in document
/// order. Lives only inside `PageParser.tree(from:encodingName:)`; the parser context reaches it
/// through `_private`.
///
/// Subtrees that never hold article text (scripts other than JSON-LD, styles, SVG, media, form
/// controls) keep their element node but lose their content.
final class SAXTreeBuilder {
    private var tree = PageTree()
    private var open: [Int] = []
    private var skippedDepth = 0
    private var tagCache: [UnsafePointer<xmlChar>: HTMLTag] = [:]
    private var attributeCache: [UnsafePointer<xmlChar>: PageTree.AttributeName?] = [:]

    /// The finished tree, with every element still open closed at the end.
    func finish() -> PageTree {
        while let index = open.popLast() { tree.nodes[index].end = Int32(tree.nodes.count) }
        return tree
    }

    /// A SAX handler that routes libxml2's events to the builder of the context.
    static func makeHandler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            SAXTreeBuilder.builder(context)?.start(name, attributes: attributes, line: SAXTreeBuilder.line(context))
        }
        handler.endElement = { context, _ in SAXTreeBuilder.builder(context)?.end() }
        handler.characters = { context, characters, length in
            SAXTreeBuilder.builder(context)?.text(characters, length: length, line: SAXTreeBuilder.line(context))
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = handler.characters
        handler.comment = { context, text in SAXTreeBuilder.builder(context)?.comment(text, line: SAXTreeBuilder.line(context)) }
        handler.initialized = 1
        return handler
    }

    private static func builder(_ context: UnsafeMutableRawPointer?) -> SAXTreeBuilder? {
        guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self),
            let opaque = parser.pointee._private
        else { return nil }
        return Unmanaged<SAXTreeBuilder>.fromOpaque(opaque).takeUnretainedValue()
    }

    private static func line(_ context: UnsafeMutableRawPointer?) -> Int32 {
        guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self), let input = parser.pointee.input
        else { return 0 }
        return input.pointee.line
    }

    private func start(_ name: UnsafePointer<xmlChar>?, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, line: Int32) {
        if skippedDepth > 0 {
            skippedDepth += 1
            return
        }
        let tag = name.map(self.tag) ?? .other
        let index = tree.nodes.count
        let attributeStart = Int32(tree.attributes.count)
        let attributeCount = appendAttributes(attributes)
        tree.nodes.append(PageTree.Node(
            tag: tag, parent: Int32(open.last ?? -1), end: Int32(index + 1), line: line, text: -1,
            attributeStart: attributeStart, attributeCount: attributeCount))
        open.append(index)
        if tag.isNeverContent && tag != .head && !(tag == .script && isJSONLD(index)) { skippedDepth = 1 }
    }

    private func end() {
        if skippedDepth > 0 { skippedDepth -= 1 }
        guard skippedDepth == 0, let index = open.popLast() else { return }
        tree.nodes[index].end = Int32(tree.nodes.count)
    }

    private func text(_ characters: UnsafePointer<xmlChar>?, length: Int32, line: Int32) {
        guard skippedDepth == 0, let characters, length > 0 else { return }
        let piece = String(decoding: UnsafeBufferPointer(start: characters, count: Int(length)), as: UTF8.self)
        if let last = tree.nodes.last, last.tag == .text, last.parent == Int32(open.last ?? -1) {
            tree.texts[Int(last.text)] += piece
            return
        }
        appendLeaf(.text, text: piece, line: line)
    }

    private func comment(_ text: UnsafePointer<xmlChar>?, line: Int32) {
        guard skippedDepth == 0, let text else { return }
        appendLeaf(.comment, text: String(cString: text), line: line)
    }

    private func appendLeaf(_ tag: HTMLTag, text: String, line: Int32) {
        tree.texts.append(text)
        let index = tree.nodes.count
        tree.nodes.append(PageTree.Node(
            tag: tag, parent: Int32(open.last ?? -1), end: Int32(index + 1), line: line,
            text: Int32(tree.texts.count - 1), attributeStart: Int32(tree.attributes.count), attributeCount: 0))
    }

    private func tag(_ name: UnsafePointer<xmlChar>) -> HTMLTag {
        if let cached = tagCache[name] { return cached }
        let tag = HTMLTag(name: String(cString: name).lowercased())
        tagCache[name] = tag
        return tag
    }

    private func appendAttributes(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Int32 {
        guard var cursor = attributes else { return 0 }
        var count: Int32 = 0
        var names = ""
        while let name = cursor.pointee {
            let valuePointer = (cursor + 1).pointee
            cursor += 2
            guard let kept = attributeName(name) else { continue }
            let value = valuePointer.map { String(cString: $0) } ?? ""
            tree.attributes.append((kept, value))
            count += 1
            if kept == .class || kept == .id { names += (names.isEmpty ? "" : " ") + value.lowercased() }
        }
        if !names.isEmpty {
            tree.attributes.append((.names, names))
            count += 1
        }
        return count
    }

    private func attributeName(_ name: UnsafePointer<xmlChar>) -> PageTree.AttributeName? {
        if let cached = attributeCache[name] { return cached }
        let kept = PageTree.AttributeName(htmlName: String(cString: name).lowercased())
        attributeCache[name] = kept
        return kept
    }

    private func isJSONLD(_ index: Int) -> Bool {
        tree.attribute(.type, of: index)?.lowercased().containsBytes("ld+json") == true
    }
}
