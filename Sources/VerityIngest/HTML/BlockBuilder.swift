import Foundation
import VerityCore

/// Walks the chosen body elements and cuts their text into blocks: a block ends wherever a
/// block-level element opens or closes (or at two `<br>` in a row), and takes its kind from the
/// nearest heading, blockquote, list item, caption or paragraph around it.
struct BlockBuilder {
    private let tree: PageTree
    private let metrics: PageMetrics
    private(set) var blocks: [RawBlock] = []
    private(set) var comments: [RawComment] = []

    private var current = CollapsingText()
    private var anchors: [(offset: Int, line: Int)] = []
    private var linkChars = 0
    private var visibleChars = 0
    private var kinds: [(end: Int, kind: Block.Kind, tag: HTMLTag)] = []
    private var closes: [Int] = []
    private var linkEnd = -1
    private var lastWasBreak = false

    init(tree: PageTree, metrics: PageMetrics) {
        self.tree = tree
        self.metrics = metrics
    }

    /// Adds the blocks of the subtree at `root`.
    mutating func walk(_ root: Int) {
        var index = root
        let end = Int(tree.nodes[root].end)
        while index < end {
            closeElements(before: index)
            let node = tree.nodes[index]
            if metrics.dropped[index] {
                index = Int(node.end)
                continue
            }
            switch node.tag {
            case .text:
                appendText(tree.texts[Int(node.text)], line: Int(node.line), isLink: index < linkEnd)
            case .comment:
                let text = tree.texts[Int(node.text)].trimmingCharacters(in: .whitespacesAndNewlines)
                let offset = current.isEmpty ? 0 : current.nextOffset
                comments.append(RawComment(text: text, block: blocks.count, offset: offset, line: Int(node.line)))
            case .br:
                if lastWasBreak { flush() } else { current.appendSpace() }
                lastWasBreak = true
                index += 1
                continue
            case .a:
                if linkEnd <= index { linkEnd = Int(node.end) }
            default:
                open(index, node: node)
            }
            if node.tag != .text || !tree.texts[Int(node.text)].unicodeScalars.allSatisfy(CollapsingText.isSpace) {
                lastWasBreak = false
            }
            index += 1
        }
        closeElements(before: Int.max)
        flush()
    }

    private mutating func open(_ index: Int, node: PageTree.Node) {
        if node.tag != .figcaption, tree.names(of: index).containsBytes("caption") {
            flush()
            closes.append(Int(node.end))
            kinds.append((Int(node.end), .caption, .figcaption))
            return
        }
        guard node.tag.isBlockLevel else {
            if node.tag == .td || node.tag == .th { current.appendSpace() }
            return
        }
        flush()
        closes.append(Int(node.end))
        if let kind = Self.kind(of: node.tag, inside: kinds.last?.kind) {
            kinds.append((Int(node.end), kind, node.tag))
        }
    }

    private mutating func closeElements(before index: Int) {
        while let end = closes.last, end <= index {
            closes.removeLast()
            flush()
        }
        while let last = kinds.last, last.end <= index { kinds.removeLast() }
    }

    private static func kind(of tag: HTMLTag, inside outer: Block.Kind?) -> Block.Kind? {
        switch tag {
        case .h1, .h2, .h3, .h4, .h5, .h6: return .heading
        case .blockquote: return .blockquote
        case .li, .dt, .dd: return outer == .blockquote ? nil : .listItem
        case .figcaption, .caption: return .caption
        case .p, .pre, .address: return outer == nil ? .paragraph : nil
        default: return nil
        }
    }

    private mutating func appendText(_ text: String, line: Int, isLink: Bool) {
        let before = current.count
        let nextOffset = current.nextOffset
        current.append(text)
        guard current.count > before else { return }
        let added = current.count - nextOffset
        visibleChars += added
        if isLink { linkChars += added }
        if anchors.last?.line != line { anchors.append((nextOffset, line)) }
    }

    private mutating func flush() {
        defer {
            current = CollapsingText()
            anchors = []
            linkChars = 0
            visibleChars = 0
        }
        guard !current.isEmpty else { return }
        let kind = kinds.last?.kind ?? .paragraph
        let element = kinds.last?.tag ?? .p
        blocks.append(
            RawBlock(
                kind: kind, element: element, text: current.result, length: current.count,
                linkChars: linkChars, visibleChars: visibleChars, anchors: anchors))
    }
}
