import VerityCore

/// The side list of an article's findings, in report order: level, rule, message, the words
/// concerned, the rule's explanation and guideline links, the speaker and the position.
/// Each item carries the filter keys (`data-level`, `data-family`, `data-speaker`).
struct HTMLFindingList {
    let result: AuditResult
    let prefix: String
    let filters: HTMLFilters

    func render() -> String {
        let findings = result.orderedFindings
        guard !findings.isEmpty else { return "<p class=\"empty\">No findings for this article.</p>\n" }
        var html = "<ol class=\"finding-list\">\n"
        for (number, finding) in findings.enumerated() { html += item(finding, number: number) }
        return html + "</ol>\n"
    }

    private func item(_ finding: Finding, number: Int) -> String {
        let document = result.document
        let rule = result.rule(for: finding)
        let level = finding.level.rawValue
        var html = "<li class=\"finding \(level)\" id=\"\(prefix)-f\(number)\" tabindex=\"0\""
        html += " data-level=\"\(level)\" data-family=\"\(HTML.attribute(rule.family))\""
        html += " data-speaker=\"\(filters.speakerKey(for: finding, in: result))\">\n"
        html += "<p><span class=\"num\">\(number + 1).</span> <span class=\"level\">\(level)</span> "
        html += "<strong>" + HTML.text(rule.title) + "</strong> <code class=\"rule-id\">"
        html += HTML.text(rule.id) + "</code> <span class=\"rule-id\">(" + HTML.text(rule.family) + ")</span></p>\n"
        html += "<p>" + HTML.text(finding.message) + "</p>\n"
        let matched = document.text(in: finding.range)
        if !matched.isEmpty { html += "<p class=\"matched\">“" + HTML.text(matched) + "”</p>\n" }
        if !rule.explanation.isEmpty || !rule.links.isEmpty {
            html += "<details class=\"why\"><summary>Why this matters</summary>"
            if !rule.explanation.isEmpty { html += "<p>" + HTML.text(rule.explanation) + "</p>" }
            if !rule.links.isEmpty {
                html += "<p class=\"links\">Guideline: " + rule.links.map { HTML.link($0) }.joined(separator: " · ") + "</p>"
            }
            html += "</details>\n"
        }
        html += "<p class=\"where\">" + HTML.text(position(of: finding)) + "</p>\n"
        return html + "</li>\n"
    }

    /// "Source line 15, column 53 · speaker: the council", using source lines when the map knows them.
    private func position(of finding: Finding) -> String {
        let document = result.document
        var parts: [String] = []
        if let location = document.sourceMap.sourceLocation(of: finding.range.start) {
            parts.append("Source line \(location.line), column \(location.column)")
        } else {
            let location = document.lines.location(of: finding.range.start)
            parts.append("Text line \(location.line), column \(location.column)")
        }
        if document.blockIndex(containing: finding.range.start) == nil && !finding.range.isEmpty {
            parts.append("outside the article text")
        }
        if let name = result.speakerName(result.speakerIndex(for: finding)) { parts.append("speaker: " + name) }
        return parts.joined(separator: " · ")
    }
}
