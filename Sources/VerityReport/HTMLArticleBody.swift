import VerityCore

/// The article body in the HTML report, each block as its own element, with every finding's
/// words wrapped in `<mark>` in place.
///
/// Overlapping findings are split at every boundary into flat segments; each segment names all
/// the findings covering it (`data-f`), takes the class of the most serious one and explains
/// them all in its `title`. Findings with an empty range show as a pin at their offset.
struct HTMLArticleBody {
    /// A finding's share of one block: its number in report order and the part of its range
    /// inside the block.
    private struct Span {
        var number: Int
        var range: TextRange
    }

    let result: AuditResult
    let prefix: String

    func render() -> String {
        let document = result.document
        let findings = result.orderedFindings
        var spans = [[Span]](repeating: [], count: document.blocks.count)
        for (number, finding) in findings.enumerated() {
            for block in blocks(touching: finding.range) {
                let range = document.blocks[block].range
                let start = min(max(finding.range.start, range.start), range.end)
                let end = min(max(finding.range.end, start), range.end)
                spans[block].append(Span(number: number, range: TextRange(start, end)))
            }
        }
        var html = "<article class=\"body\">\n"
        for (index, block) in document.blocks.enumerated() {
            let (open, close) = tags(for: block.kind)
            html += "<\(open) id=\"\(prefix)-b\(index)\">"
            html += content(of: block.range, spans: spans[index], findings: findings)
            html += "</\(close)>\n"
        }
        if document.blocks.isEmpty { html += "<p class=\"empty\">No article text was found.</p>\n" }
        return html + "</article>\n"
    }

    /// Indices of the blocks a finding's range falls in; an empty range touches the first block
    /// whose extent (end included) holds its offset.
    private func blocks(touching range: TextRange) -> [Int] {
        let blocks = result.document.blocks
        var low = 0
        var high = blocks.count
        while low < high {
            let mid = (low + high) / 2
            if blocks[mid].range.end < range.start || (!range.isEmpty && blocks[mid].range.end == range.start) {
                low = mid + 1
            } else {
                high = mid
            }
        }
        if range.isEmpty {
            return low < blocks.count && blocks[low].range.start <= range.start ? [low] : []
        }
        var touched: [Int] = []
        var index = low
        while index < blocks.count, blocks[index].range.start < range.end {
            touched.append(index)
            index += 1
        }
        return touched
    }

    private func content(of block: TextRange, spans: [Span], findings: [Finding]) -> String {
        let document = result.document
        guard !spans.isEmpty else { return HTML.text(document.text(in: block)) }
        let points = Set([block.start, block.end] + spans.flatMap { [$0.range.start, $0.range.end] }).sorted()
        var html = ""
        for (position, start) in points.enumerated() {
            let pins = spans.filter { $0.range.isEmpty && $0.range.start == start }
            if !pins.isEmpty { html += mark(pins, findings: findings, text: "", end: start, pin: true) }
            guard position + 1 < points.count else { break }
            let end = points[position + 1]
            let text = HTML.text(document.text(in: TextRange(start, end)))
            let covering = spans.filter { !$0.range.isEmpty && $0.range.start <= start && $0.range.end >= end }
            html += covering.isEmpty ? text : mark(covering, findings: findings, text: text, end: end, pin: false)
        }
        return html
    }

    private func mark(_ spans: [Span], findings: [Finding], text: String, end: Int, pin: Bool) -> String {
        let covering = spans.map { findings[$0.number] }
        let level = covering.map(\.level).max() ?? .info
        var classes = "f \(level.rawValue)"
        if covering.count > 1 { classes += " multi" }
        if pin { classes += " pin" }
        let ids = spans.map { "\(prefix)-f\($0.number)" }.joined(separator: " ")
        let title = covering.map { finding in
            let rule = result.rule(for: finding)
            return "\(finding.level.title) · \(rule.title): \(finding.message)"
        }.joined(separator: "\n")
        let ending = spans.filter { pin || $0.range.end == end }.map { String($0.number + 1) }
        var html = "<mark class=\"\(classes)\" data-f=\"\(ids)\" tabindex=\"0\" title=\"\(HTML.attribute(title))\""
        if !ending.isEmpty { html += " data-n=\"\(ending.joined(separator: ","))\"" }
        return html + ">" + text + "</mark>"
    }

    private func tags(for kind: Block.Kind) -> (open: String, close: String) {
        switch kind {
        case .paragraph: ("p", "p")
        case .heading: ("h2", "h2")
        case .blockquote: ("blockquote", "blockquote")
        case .listItem: ("p class=\"list-item\"", "p")
        case .caption: ("p class=\"caption\"", "p")
        }
    }
}
