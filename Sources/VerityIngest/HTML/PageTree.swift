/// A parsed HTML page as plain Swift values: nodes in document (pre-)order, so that the subtree
/// of node `i` is exactly the nodes `i..<nodes[i].end`.
///
/// Built once from libxml2's DOM by `PageParser`; no C pointer survives into it. Only the
/// attributes the reader looks at are kept, and scripts keep text only when they hold JSON-LD.
struct PageTree: Sendable {
    /// An attribute the reader looks at.
    enum AttributeName: UInt8, Sendable {
        case id, `class`, role, itemprop, itemtype, rel, href, content, name, property, datetime
        case lang, charset, ariaHidden, hidden, style, type, httpEquiv, title
        /// Not in the page: the element's `class` and `id` values, lower-cased, space-separated.
        case names

        /// The attribute with this lower-case HTML name, or nil when the reader ignores it.
        init?(htmlName: String) {
            switch htmlName {
            case "id": self = .id
            case "class": self = .class
            case "role": self = .role
            case "itemprop": self = .itemprop
            case "itemtype": self = .itemtype
            case "rel": self = .rel
            case "href": self = .href
            case "content": self = .content
            case "name": self = .name
            case "property": self = .property
            case "datetime": self = .datetime
            case "lang", "xml:lang": self = .lang
            case "charset": self = .charset
            case "aria-hidden": self = .ariaHidden
            case "hidden": self = .hidden
            case "style": self = .style
            case "type": self = .type
            case "http-equiv": self = .httpEquiv
            case "title": self = .title
            default: return nil
            }
        }
    }

    /// One node: an element, a text run or a comment.
    struct Node: Sendable {
        /// The element, or `.text` / `.comment`.
        var tag: HTMLTag
        /// Index of the parent node, -1 for the root.
        var parent: Int32
        /// One past the index of the last node in this node's subtree.
        var end: Int32
        /// One-based line in the source where libxml2 saw the node, 0 when unknown.
        var line: Int32
        /// Index into `texts` for text and comment nodes, -1 otherwise.
        var text: Int32
        /// First index into `attributes`.
        var attributeStart: Int32
        /// Number of kept attributes.
        var attributeCount: Int32
    }

    /// Nodes in document order.
    var nodes: [Node] = []
    /// Texts of text and comment nodes, as the page has them (entities decoded).
    var texts: [String] = []
    /// Kept attributes of all elements, grouped by element.
    var attributes: [(name: AttributeName, value: String)] = []

    /// Number of nodes.
    var count: Int { nodes.count }

    /// The text of a text or comment node, or "" for an element.
    func text(_ index: Int) -> String {
        let slot = nodes[index].text
        return slot >= 0 ? texts[Int(slot)] : ""
    }

    /// The value of an attribute of the element at `index`, or nil when absent.
    func attribute(_ name: AttributeName, of index: Int) -> String? {
        let node = nodes[index]
        var slot = Int(node.attributeStart)
        let end = slot + Int(node.attributeCount)
        while slot < end {
            if attributes[slot].name == name { return attributes[slot].value }
            slot += 1
        }
        return nil
    }

    /// The lower-cased `class` and `id` words of an element, "" when it has neither.
    func names(of index: Int) -> String {
        attribute(.names, of: index) ?? ""
    }

    /// Indices of the element children of `index`, in order.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        let end = Int(nodes[index].end)
        while child < end {
            result.append(child)
            child = Int(nodes[child].end)
        }
        return result
    }

    /// The first element with `tag`, searching in document order.
    func first(_ tag: HTMLTag) -> Int? {
        nodes.firstIndex { $0.tag == tag }
    }

    /// The text of the subtree at `index`, whitespace collapsed, scripts and styles left out.
    func collapsedText(of index: Int) -> String {
        var builder = CollapsingText()
        var cursor = index
        let end = Int(nodes[index].end)
        while cursor < end {
            let node = nodes[cursor]
            if node.tag == .text {
                builder.append(texts[Int(node.text)])
            } else if node.tag.isNeverContent && cursor != index {
                cursor = Int(node.end)
                continue
            } else if node.tag.isBlockLevel || node.tag == .br {
                builder.appendSpace()
            }
            cursor += 1
        }
        return builder.result
    }
}
