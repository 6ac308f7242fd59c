import CLibXML2

/// Parses HTML with libxml2 and copies the DOM into a `PageTree`; libxml2's pointers never
/// leave `tree(from:encodingName:)`.
///
/// The parser recovers from broken markup, never touches the network and ignores the page's
/// own encoding declaration (the caller names the encoding). The walk is iterative, so
/// nesting depth costs memory, not stack.
struct PageParser: Sendable {
    /// Parses `bytes` in the named encoding; an unparsable page gives an empty tree.
    func tree(from bytes: [UInt8], encodingName: String) -> PageTree {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
                | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_COMPACT.rawValue)
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return PageTree() }
        return bytes.withUnsafeBufferPointer { buffer -> PageTree in
            guard let base = buffer.baseAddress,
                let page = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
                    htmlReadMemory($0, Int32(buffer.count), nil, encodingName, options)
                })
            else { return PageTree() }
            defer { xmlFreeDoc(page) }
            guard let root = xmlDocGetRootElement(page) else { return PageTree() }
            var copier = DOMCopier()
            copier.copy(from: root)
            return copier.tree
        }
    }
}

/// Copies libxml2 nodes into a `PageTree` in document order without recursion.
private struct DOMCopier {
    var tree = PageTree()
    private var tagCache: [UnsafePointer<xmlChar>: HTMLTag] = [:]
    private var attributeCache: [UnsafePointer<xmlChar>: PageTree.AttributeName?] = [:]

    mutating func copy(from root: xmlNodePtr) {
        var open: [Int] = []
        var current: xmlNodePtr? = root
        while let node = current {
            let index = tree.nodes.count
            let kept = append(node, parent: open.last ?? -1)
            if kept == .withChildren, let child = node.pointee.children {
                open.append(index)
                current = child
                continue
            }
            if kept != .skipped { tree.nodes[index].end = Int32(tree.nodes.count) }
            var climbing: xmlNodePtr? = node
            current = nil
            while let finished = climbing {
                if finished == root { break }
                if let next = finished.pointee.next {
                    current = next
                    break
                }
                climbing = finished.pointee.parent
                if let parentIndex = open.popLast() { tree.nodes[parentIndex].end = Int32(tree.nodes.count) }
            }
        }
        while let parentIndex = open.popLast() { tree.nodes[parentIndex].end = Int32(tree.nodes.count) }
    }

    /// What `append` did with a node.
    private enum Kept { case skipped, alone, withChildren }

    /// Appends one node; returns whether it was kept and whether its children should be copied.
    private mutating func append(_ node: xmlNodePtr, parent: Int) -> Kept {
        let line = Int32(clamping: xmlGetLineNo(node))
        var entry = PageTree.Node(
            tag: .other, parent: Int32(parent), end: 0, line: line, text: -1,
            attributeStart: Int32(tree.attributes.count), attributeCount: 0)
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            entry.tag = .text
            entry.text = appendText(node.pointee.content)
        case XML_COMMENT_NODE:
            entry.tag = .comment
            entry.text = appendText(node.pointee.content)
        case XML_ELEMENT_NODE:
            entry.tag = tag(of: node)
            entry.attributeCount = appendAttributes(of: node)
        default:
            return .skipped
        }
        tree.nodes.append(entry)
        guard entry.tag.isNeverContent else { return .withChildren }
        return entry.tag == .head || (entry.tag == .script && isJSONLD(entry)) ? .withChildren : .alone
    }

    private mutating func appendText(_ content: UnsafeMutablePointer<xmlChar>?) -> Int32 {
        tree.texts.append(content.map { String(cString: $0) } ?? "")
        return Int32(tree.texts.count - 1)
    }

    private mutating func tag(of node: xmlNodePtr) -> HTMLTag {
        guard let name = node.pointee.name else { return .other }
        if let cached = tagCache[name] { return cached }
        let tag = HTMLTag(name: String(cString: name).lowercased())
        tagCache[name] = tag
        return tag
    }

    private mutating func appendAttributes(of node: xmlNodePtr) -> Int32 {
        var count: Int32 = 0
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let name = current.pointee.name, let kept = attributeName(name) else { continue }
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            tree.attributes.append((kept, value))
            count += 1
        }
        return count
    }

    private mutating func attributeName(_ name: UnsafePointer<xmlChar>) -> PageTree.AttributeName? {
        if let cached = attributeCache[name] { return cached }
        let kept: PageTree.AttributeName? =
            switch String(cString: name).lowercased() {
            case "id": .id
            case "class": .class
            case "role": .role
            case "itemprop": .itemprop
            case "itemtype": .itemtype
            case "rel": .rel
            case "href": .href
            case "content": .content
            case "name": .name
            case "property": .property
            case "datetime": .datetime
            case "lang", "xml:lang": .lang
            case "charset": .charset
            case "aria-hidden": .ariaHidden
            case "hidden": .hidden
            case "style": .style
            case "type": .type
            case "http-equiv": .httpEquiv
            case "title": .title
            default: nil
            }
        attributeCache[name] = kept
        return kept
    }

    private func isJSONLD(_ entry: PageTree.Node) -> Bool {
        var slot = Int(entry.attributeStart)
        let end = slot + Int(entry.attributeCount)
        while slot < end {
            let attribute = tree.attributes[slot]
            if attribute.name == .type { return attribute.value.lowercased().contains("ld+json") }
            slot += 1
        }
        return false
    }
}
