/// The raw metadata a page states, gathered in one pass over its tree: `<meta>` values, JSON-LD
/// scripts, `<title>`, headlines, bylines, `<time>` elements, the canonical link and `lang`.
struct PageFacts: Sendable {
    /// `<meta>` contents by lower-cased `property`, `name`, `itemprop` or `http-equiv`, in page order.
    var meta: [String: [String]] = [:]
    /// Texts of `application/ld+json` scripts.
    var jsonLD: [String] = []
    /// Text of the first `<title>`.
    var title: String?
    /// Texts of `<h1>` elements in page order.
    var headlines: [String] = []
    /// Texts of elements marked as author or byline (`rel=author`, `itemprop=author`, class names).
    var bylines: [String] = []
    /// `datetime` values of `<time>` elements, in page order, outside the page's furniture.
    var times: [String] = []
    /// `datetime` values of `<time>` elements in asides, navigation, footers, comments and
    /// lists of other articles, which date something other than the article.
    var furnitureTimes: [String] = []
    /// `datetime` values of `<time>` elements that date a change ("Updated: <time>", class
    /// `updated` or `modified`), not the publication.
    var updatedTimes: [String] = []
    /// `datetime` or `content` of elements marked `itemprop=datePublished` (or RDFa `property`).
    var markedPublished: [String] = []
    /// Texts of elements whose class names a date.
    var dateTexts: [String] = []
    /// Short texts with digits that follow the first `<h1>` (or open the body), where pages
    /// print their dates.
    var textsNearHeadline: [String] = []
    /// The last short texts with digits before the first `<h1>`, where some pages print the date.
    var textsBeforeHeadline: [String] = []
    /// `href` of `<link rel=canonical>`.
    var canonical: String?
    /// `lang` of `<html>`.
    var language: String?

    /// The author named by a Twitter label pair (`twitter:label1` "Written by", `twitter:data1`).
    var labelledAuthor: String? {
        for number in 1...4 {
            guard let label = meta["twitter:label\(number)"]?.first?.lowercased(),
                let value = meta["twitter:data\(number)"]?.first
            else { continue }
            if ["written by", "geschrieben von", "verfasst von", "écrit par", "escrito por", "author", "autor"]
                .contains(where: { label.contains($0) })
            {
                return value
            }
        }
        return nil
    }

    /// Gathers the facts of `tree`.
    init(tree: PageTree) {
        guard tree.count > 0 else { return }
        language = tree.attribute(.lang, of: 0).flatMap { $0.isEmpty ? nil : $0 }
        let pageHasHeadline = tree.first(.h1) != nil
        for index in 0..<tree.count {
            let node = tree.nodes[index]
            switch node.tag {
            case .meta: addMeta(index, tree: tree)
            case .script: if node.end > Int32(index + 1) { jsonLD.append(tree.text(index + 1)) }
            case .title: if title == nil, tree.nodes[index].parent >= 0 { title = tree.collapsedText(of: index) }
            case .h1: if headlines.count < 5 { headlines.append(tree.collapsedText(of: index)) }
            case .link:
                if canonical == nil, tree.attribute(.rel, of: index)?.lowercased() == "canonical" {
                    canonical = tree.attribute(.href, of: index)
                }
            case .time:
                if let value = tree.attribute(.datetime, of: index) {
                    if isInFurniture(index, tree: tree) {
                        furnitureTimes.append(value)
                    } else if isUpdateTime(index, tree: tree) {
                        updatedTimes.append(value)
                    } else {
                        times.append(value)
                    }
                }
            case .text:
                addTextNearHeadline(index, tree: tree, pageHasHeadline: pageHasHeadline)
                continue
            case .comment: continue
            default: break
            }
            if node.tag != .meta { addMarkedElement(index, tree: tree) }
        }
    }

    private mutating func addTextNearHeadline(_ index: Int, tree: PageTree, pageHasHeadline: Bool) {
        guard textsNearHeadline.count < 30 else { return }
        let text = tree.texts[Int(tree.nodes[index].text)]
        guard text.utf8.count < 120, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return }
        if !headlines.isEmpty || !pageHasHeadline {
            textsNearHeadline.append(text)
        } else {
            if textsBeforeHeadline.count == 5 { textsBeforeHeadline.removeFirst() }
            textsBeforeHeadline.append(text)
        }
    }

    /// Whether an element sits in a comment section, whose bylines name commenters.
    private func isInComments(_ index: Int, tree: PageTree) -> Bool {
        var ancestor = Int(tree.nodes[index].parent)
        var steps = 0
        while ancestor >= 0, steps < 20 {
            if tree.names(of: ancestor).containsBytes("comment") { return true }
            ancestor = Int(tree.nodes[ancestor].parent)
            steps += 1
        }
        return false
    }

    /// Whether an element sits in page furniture: an `<aside>`, `<nav>` or `<footer>`, or a box
    /// whose class or id names comments, a sidebar or other articles (related, teaser, recommended).
    /// A `<footer>` inside an `<article>` is the article's own and does not count.
    private func isInFurniture(_ index: Int, tree: PageTree) -> Bool {
        var ancestor = Int(tree.nodes[index].parent)
        var steps = 0
        var inFooter = false
        while ancestor >= 0, steps < 30 {
            switch tree.nodes[ancestor].tag {
            case .aside, .nav: return true
            case .footer: inFooter = true
            case .article: return false
            default: break
            }
            let names = tree.names(of: ancestor)
            if !names.isEmpty, Self.furnitureNames.contains(where: { names.containsBytes($0) }) { return true }
            ancestor = Int(tree.nodes[ancestor].parent)
            steps += 1
        }
        return inFooter
    }

    /// Whether a `<time>` dates a change: its class names one (`updated`, `modified`) or the
    /// text just before it in the same element labels one ("Updated:", "Actualizado el:").
    private func isUpdateTime(_ index: Int, tree: PageTree) -> Bool {
        let names = tree.names(of: index)
        if names.containsBytes("updated") || names.containsBytes("modified") { return true }
        let previous = index - 1
        guard previous > 0, tree.nodes[previous].tag == .text, tree.nodes[previous].parent == tree.nodes[index].parent
        else { return false }
        let text = tree.texts[Int(tree.nodes[previous].text)]
        guard text.utf8.count < 80 else { return false }
        let lowered = text.lowercased()
        return MetadataExtractor.updateLabels.contains { lowered.contains($0) }
    }

    private static let furnitureNames = ["comment", "related", "teaser", "recommend", "sidebar"]

    private mutating func addMeta(_ index: Int, tree: PageTree) {
        guard let content = tree.attribute(.content, of: index) else { return }
        let key = tree.attribute(.property, of: index) ?? tree.attribute(.name, of: index)
            ?? tree.attribute(.itemprop, of: index) ?? tree.attribute(.httpEquiv, of: index)
        guard let key, !content.isEmpty else { return }
        meta[key.lowercased(), default: []].append(content)
    }

    private mutating func addMarkedElement(_ index: Int, tree: PageTree) {
        guard tree.nodes[index].attributeCount > 0 else { return }
        let itemprop = tree.attribute(.itemprop, of: index)?.lowercased()
        let property = tree.attribute(.property, of: index)?.lowercased()
        if itemprop == "datepublished" || property?.hasSuffix("datepublished") == true
            || property?.hasSuffix("datecreated") == true
        {
            if let value = tree.attribute(.datetime, of: index) ?? tree.attribute(.content, of: index) {
                markedPublished.append(value)
            }
        }
        guard bylines.count < 8 || dateTexts.count < 8, tree.nodes[index].end - Int32(index) < 60 else { return }
        let rel = tree.attribute(.rel, of: index)?.lowercased()
        let names = tree.names(of: index)
        if itemprop == "author" || rel == "author" || names.containsBytes("author") || names.containsBytes("byline") {
            if bylines.count < 8, !names.containsBytes("avatar"), !names.containsBytes("bio"), !isInComments(index, tree: tree) {
                bylines.append(tree.collapsedText(of: index))
            }
        } else if dateTexts.count < 8, names.containsBytes("date") || names.containsBytes("time") || names.containsBytes("meta") {
            dateTexts.append(tree.collapsedText(of: index))
        }
    }
}
