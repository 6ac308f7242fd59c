import VerityCore

/// One article in the HTML report: its header, the highlighted body beside the findings list,
/// then the speakers, quotes and claims tables. Element ids start with `d<index>-`.
struct HTMLDocumentSection {
    let result: AuditResult
    let index: Int
    let filters: HTMLFilters

    private var prefix: String { "d\(index)" }

    func render() -> String {
        var html = "<section class=\"doc\" id=\"\(prefix)\""
        if let lang = HTML.languageTag(result.document.metadata.language) { html += " lang=\"\(lang)\"" }
        html += ">\n" + header()
        html += "<div class=\"layout\">\n"
        html += HTMLArticleBody(result: result, prefix: prefix).render()
        html += "<aside aria-label=\"Findings\"><div class=\"aside-inner\">\n"
        html += "<div class=\"detail\" aria-live=\"polite\"><p>Click a highlighted passage to see why it was flagged.</p></div>\n"
        html += HTMLFindingList(result: result, prefix: prefix, filters: filters).render()
        html += "</div></aside>\n</div>\n"
        html += HTMLTables(result: result).render()
        return html + "</section>\n"
    }

    private func header() -> String {
        let document = result.document
        let metadata = document.metadata
        var html = "<header class=\"article-head\">\n"
        let kicker = [metadata.outlet, metadata.published].compactMap { $0 }.filter { !$0.isEmpty }
        if !kicker.isEmpty { html += "<p class=\"kicker\">" + HTML.text(kicker.joined(separator: " · ")) + "</p>\n" }
        html += "<h1>" + HTML.text(metadata.title ?? document.id) + "</h1>\n"
        if let byline = metadata.byline { html += "<p class=\"byline\">By " + HTML.text(byline) + "</p>\n" }
        if let url = metadata.url, !url.isEmpty { html += "<p class=\"meta\">" + HTML.link(url) + "</p>\n" }
        html += "<p class=\"meta\">Source: <code>" + HTML.text(document.source) + "</code> ("
        html += document.format.rawValue + ")</p>\n"
        html += "<p class=\"counts\">" + badges() + "</p>\n"
        return html + "</header>\n"
    }

    private func badges() -> String {
        let summary = LevelSummary(result.findings)
        guard summary.total > 0 else { return "<span class=\"badge none\">No findings</span>" }
        return summary.nonEmpty.map { level, count in
            "<span class=\"badge \(level.rawValue)\">" + LevelSummary.count(count, level.rawValue, plural: level.pluralName) + "</span>"
        }.joined()
    }
}
