/// Per-node text measurements of a `PageTree` with chrome removed, computed in one backward
/// pass: visible characters, characters inside links and commas of each subtree.
struct PageMetrics: Sendable {
    /// Whether the node lies in a chrome subtree (or is never content).
    var dropped: [Bool]
    /// Non-space characters of text in the subtree, chrome excluded.
    var textChars: [Int32]
    /// Non-space characters of text inside `<a>` elements of the subtree.
    var linkChars: [Int32]
    /// Commas in the subtree's text.
    var commas: [Int32]
    /// Whether the element has a child that makes it more than a paragraph (div, p, list…).
    var hasBlockChild: [Bool]

    /// Measures the subtree of `root`, treating what `filter` calls chrome as absent.
    init(tree: PageTree, root: Int, filter: ChromeFilter) {
        let count = tree.count
        dropped = Array(repeating: false, count: count)
        textChars = Array(repeating: 0, count: count)
        linkChars = Array(repeating: 0, count: count)
        commas = Array(repeating: 0, count: count)
        hasBlockChild = Array(repeating: false, count: count)
        guard root < count else { return }
        markChrome(tree: tree, root: root, filter: filter)
        measure(tree: tree, root: root)
    }

    /// Share of the subtree's characters that sit inside links, 0 when it has no text.
    func linkDensity(_ index: Int) -> Double {
        textChars[index] > 0 ? Double(linkChars[index]) / Double(textChars[index]) : 0
    }

    private mutating func markChrome(tree: PageTree, root: Int, filter: ChromeFilter) {
        var index = root
        var verdicts: [String: Bool] = [:]
        let end = Int(tree.nodes[root].end)
        while index < end {
            let node = tree.nodes[index]
            if index != root, node.tag != .text, node.tag != .comment, filter.isChrome(index, in: tree, verdicts: &verdicts) {
                for inner in index..<Int(node.end) { dropped[inner] = true }
                index = Int(node.end)
            } else {
                index += 1
            }
        }
    }

    private mutating func measure(tree: PageTree, root: Int) {
        var index = Int(tree.nodes[root].end) - 1
        while index >= root {
            defer { index -= 1 }
            guard !dropped[index] else { continue }
            let node = tree.nodes[index]
            if node.tag == .text {
                let (visible, commaCount) = Self.count(tree.texts[Int(node.text)])
                textChars[index] = visible
                commas[index] = commaCount
            }
            let parent = Int(node.parent)
            guard index != root, parent >= 0 else { continue }
            textChars[parent] += textChars[index]
            linkChars[parent] += node.tag == .a ? textChars[index] : linkChars[index]
            commas[parent] += commas[index]
            if Self.makesBlock(node.tag) { hasBlockChild[parent] = true }
        }
    }

    private static func makesBlock(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .blockquote, .dl, .div, .img, .ol, .p, .pre, .table, .ul, .section, .article, .figure,
            .h1, .h2, .h3, .h4, .h5, .h6, .main:
            true
        default:
            false
        }
    }

    private static func count(_ text: String) -> (visible: Int32, commas: Int32) {
        var visible: Int32 = 0
        var commaCount: Int32 = 0
        for scalar in text.unicodeScalars {
            if CollapsingText.isSpace(scalar) { continue }
            visible += 1
            if scalar == "," || scalar == "\u{FF0C}" || scalar == "\u{3001}" || scalar == "\u{060C}" {
                commaCount += 1
            }
        }
        return (visible, commaCount)
    }
}
