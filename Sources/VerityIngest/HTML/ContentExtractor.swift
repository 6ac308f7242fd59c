/// Finds the elements that hold an article's body, in the manner of Readability: paragraphs
/// score their parents and grandparents by length and commas, link-heavy candidates are
/// penalised, and the best candidate is joined by siblings that look like more of the article.
struct ContentExtractor: Sendable {
    /// The chosen body: root elements in document order and the measurements behind the choice.
    struct Selection: Sendable {
        /// Elements whose subtrees make up the article body, in document order.
        var roots: [Int]
        /// Chrome mask and text measurements of the page.
        var metrics: PageMetrics
    }

    /// Picks the article body of `tree`; `filter` decides what is chrome.
    func select(in tree: PageTree, filter: ChromeFilter) -> Selection {
        let body = tree.first(.body) ?? 0
        let metrics = PageMetrics(tree: tree, root: body, filter: filter)
        guard body < tree.count else { return Selection(roots: [], metrics: metrics) }
        let scores = candidateScores(tree: tree, root: body, metrics: metrics)
        guard let best = scores.max(by: { $0.value < $1.value }) else {
            return Selection(roots: [body], metrics: metrics)
        }
        let top = promote(best.key, score: best.value, scores: scores, tree: tree, body: body)
        let roots = withSiblings(top, scores: scores, tree: tree, metrics: metrics, body: body)
        return Selection(roots: roots, metrics: metrics)
    }

    /// Scores of candidate containers, link density already applied.
    private func candidateScores(tree: PageTree, root: Int, metrics: PageMetrics) -> [Int: Double] {
        var scores: [Int: Double] = [:]
        let end = Int(tree.nodes[root].end)
        for index in root..<end where !metrics.dropped[index] && isParagraph(index, tree: tree, metrics: metrics) {
            let length = Int(metrics.textChars[index])
            guard length >= 25 else { continue }
            let score = 1 + Double(metrics.commas[index]) + Double(min(length / 100, 3))
            var ancestor = Int(tree.nodes[index].parent)
            var level = 0
            while ancestor >= root, level < 5 {
                if scores[ancestor] == nil { scores[ancestor] = initialScore(ancestor, tree: tree) }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[ancestor, default: 0] += score / divider
                if ancestor == root { break }
                ancestor = Int(tree.nodes[ancestor].parent)
                level += 1
            }
        }
        for (index, score) in scores { scores[index] = score * (1 - metrics.linkDensity(index)) }
        return scores
    }

    private func isParagraph(_ index: Int, tree: PageTree, metrics: PageMetrics) -> Bool {
        switch tree.nodes[index].tag {
        case .p, .pre, .td: true
        case .div, .section, .article, .center, .other: !metrics.hasBlockChild[index] && hasOwnText(index, tree: tree)
        default: false
        }
    }

    private func hasOwnText(_ index: Int, tree: PageTree) -> Bool {
        for child in tree.children(of: index) where tree.nodes[child].tag == .text {
            if tree.text(child).unicodeScalars.contains(where: { !CollapsingText.isSpace($0) }) { return true }
        }
        return tree.nodes[index].tag != .span
    }

    private func initialScore(_ index: Int, tree: PageTree) -> Double {
        let base: Double =
            switch tree.nodes[index].tag {
            case .div, .article, .main: 5
            case .pre, .td, .blockquote: 3
            case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: -3
            case .h1, .h2, .h3, .h4, .h5, .h6, .th: -5
            default: 0
            }
        return base + ClassWeight().weight(of: index, in: tree)
    }

    /// Moves up from the top candidate to the container of three close rivals, when the article
    /// is split into several blocks, then while its ancestors score at least as well.
    private func promote(_ start: Int, score: Double, scores: [Int: Double], tree: PageTree, body: Int) -> Int {
        var top = commonContainer(of: start, score: score, scores: scores, tree: tree, body: body)
        var lastScore = score
        let threshold = score / 3
        var parent = Int(tree.nodes[top].parent)
        while parent > body {
            guard let parentScore = scores[parent] else {
                parent = Int(tree.nodes[parent].parent)
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = Int(tree.nodes[parent].parent)
        }
        while top > body, tree.children(of: Int(tree.nodes[top].parent)).filter({ tree.nodes[$0].tag != .text && tree.nodes[$0].tag != .comment }).count == 1 {
            top = Int(tree.nodes[top].parent)
        }
        return top
    }

    /// The nearest ancestor of `top` below the body that holds three of the candidates scoring
    /// at least 75% of it, or `top` itself when there is none.
    private func commonContainer(of top: Int, score: Double, scores: [Int: Double], tree: PageTree, body: Int) -> Int {
        let topEnd = Int(tree.nodes[top].end)
        let rivals = scores.filter { candidate, value in
            value >= score * 0.75 && candidate != top
                && !(candidate > top && candidate < topEnd)
                && !(top > candidate && top < Int(tree.nodes[candidate].end))
        }.sorted { $0.value > $1.value }.prefix(5).map(\.key)
        guard rivals.count >= 3 else { return top }
        var ancestor = Int(tree.nodes[top].parent)
        while ancestor > body {
            let end = Int(tree.nodes[ancestor].end)
            if rivals.filter({ $0 > ancestor && $0 < end }).count >= 3 { return ancestor }
            ancestor = Int(tree.nodes[ancestor].parent)
        }
        return top
    }

    /// The top candidate and those of its siblings that read like more of the same article.
    private func withSiblings(
        _ top: Int, scores: [Int: Double], tree: PageTree, metrics: PageMetrics, body: Int
    ) -> [Int] {
        guard top != body, tree.nodes[top].parent >= 0 else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.attribute(.class, of: top)
        var roots: [Int] = []
        for sibling in tree.children(of: Int(tree.nodes[top].parent)) {
            if sibling == top {
                roots.append(sibling)
                continue
            }
            guard !metrics.dropped[sibling], tree.nodes[sibling].tag != .comment else { continue }
            var bonus = 0.0
            if let topClass, !topClass.isEmpty, tree.attribute(.class, of: sibling) == topClass { bonus = topScore * 0.2 }
            if let score = scores[sibling], score + bonus >= threshold {
                roots.append(sibling)
            } else if isCardOfTheSameArticle(sibling, top: top, topClass: topClass, tree: tree, metrics: metrics) {
                roots.append(sibling)
            } else if tree.nodes[sibling].tag == .p || tree.nodes[sibling].tag == .text {
                let length = metrics.textChars[sibling]
                let density = metrics.linkDensity(sibling)
                if length > 80 && density < 0.25 {
                    roots.append(sibling)
                } else if length > 0, length <= 80, density == 0, endsSentence(sibling, tree: tree) {
                    roots.append(sibling)
                }
            }
        }
        return roots
    }

    /// Whether `sibling` is another box of the article the top candidate belongs to: the same
    /// element with a class word in common (`card body-card` next to `card analysis-card`), few
    /// links, and at least two paragraphs of running text. Explainers and fact checks split their
    /// body into such boxes, and a box without the top one's content-naming class can score below
    /// the sibling threshold. One-paragraph boxes stay out: a claim set apart as a quote, a
    /// teaser's blurb or a pull quote is not the article's running text.
    private func isCardOfTheSameArticle(
        _ sibling: Int, top: Int, topClass: String?, tree: PageTree, metrics: PageMetrics
    ) -> Bool {
        guard let topClass, tree.nodes[sibling].tag == tree.nodes[top].tag, metrics.textChars[sibling] >= 160,
            metrics.linkDensity(sibling) < 0.25, let siblingClass = tree.attribute(.class, of: sibling)
        else { return false }
        let topWords = topClass.split(separator: " ")
        guard siblingClass.split(separator: " ").contains(where: { topWords.contains($0) }) else { return false }
        var paragraphs = 0
        for index in (sibling + 1)..<Int(tree.nodes[sibling].end) where tree.nodes[index].tag == .p {
            if !metrics.dropped[index], metrics.textChars[index] >= 80, metrics.linkDensity(index) < 0.25 {
                paragraphs += 1
                if paragraphs == 2 { return true }
            }
        }
        return false
    }

    private func endsSentence(_ index: Int, tree: PageTree) -> Bool {
        let text = tree.collapsedText(of: index)
        return text.hasSuffix(".") || text.contains(". ")
    }
}
