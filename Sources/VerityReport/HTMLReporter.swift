import VerityCore

/// One self-contained HTML page for people: each article with its findings highlighted in place,
/// a side list of findings filterable by level, rule family and speaker, and tables of speakers,
/// quotes and claims.
///
/// Inline CSS and JS only (allowed by hash in a strict Content-Security-Policy), no network, works
/// from `file://` and in print. Every string from an article is escaped, and only http(s) URLs
/// become links, so nothing an article contains can run.
public struct HTMLReporter: Reporter {
    /// Creates the reporter; it holds no state.
    public init() {}

    public func render(_ results: [AuditResult], context: ReportContext) -> String {
        let filters = HTMLFilters(results: results)
        let summary = LevelSummary(results: results)
        var page = head(results, context: context)
        page += "<body>\n<header class=\"report-head\"><p><strong>Verity</strong> report · "
        page += HTML.text(LevelSummary.count(results.count, "article")) + " · " + HTML.text(summary.sentence)
        page += " · generated " + HTML.text(context.generatedAt) + "</p></header>\n"
        page += filters.render(findingCount: summary.total)
        for (index, result) in results.enumerated() {
            page += HTMLDocumentSection(result: result, index: index, filters: filters).render()
        }
        page += "<footer class=\"report-foot\"><p>Made by Verity " + HTML.text(context.toolVersion)
        page += " on " + HTML.text(context.generatedAt)
        page += ". Highlights mark the words each finding is about; click one to see why.</p></footer>\n"
        page += "<script>" + HTMLAssets.script + "</script>\n</body>\n</html>\n"
        return page
    }

    private func head(_ results: [AuditResult], context: ReportContext) -> String {
        let title: String
        if results.count == 1, let first = results.first {
            title = "Verity report: " + (first.document.metadata.title ?? first.document.id)
        } else {
            title = "Verity report: " + LevelSummary.count(results.count, "article")
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(HTMLAssets.contentSecurityPolicy)">
            <meta name="referrer" content="no-referrer">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Verity \(HTML.attribute(context.toolVersion))">
            <title>\(HTML.text(title))</title>
            <style>\(HTMLAssets.style)</style>
            </head>

            """
    }
}
