import VerityCore

/// `index.html` of a batch: a self-contained page (inline CSS, no script, no network) with counts
/// by level, rule, outlet and speaker, the articles sorted by how much needs checking, links to
/// their reports, and the articles that could not be read.
///
/// Every string that comes from an article or its path is escaped; a Content-Security-Policy
/// forbids scripts besides, so nothing an article contains can run.
public struct BatchIndexPage: Sendable {
    /// Speakers listed at most; the rest are counted in `summary.json`.
    public static let speakerLimit = 100

    /// The summary the page shows.
    public var summary: BatchSummary
    /// Rules by id, for their titles; a rule missing here is shown by its id alone.
    public var rules: [String: RuleInfo]

    public init(summary: BatchSummary, rules: [String: RuleInfo] = [:]) {
        self.summary = summary
        self.rules = rules
    }

    /// The whole page.
    public func render() -> String {
        var html = Self.head
        let totals = summary.totals
        html += "<header><h1>Verity batch report</h1><p>\(totals.articles) articles, "
        html += "\(totals.audited) audited, \(totals.failed) could not be read, \(totals.findings) findings. "
        html += "Verity \(escape(summary.toolVersion)), \(escape(summary.generatedAt)).</p></header>\n<main>\n"
        html += levelsSection(totals)
        html += articlesSection()
        html += errorsSection()
        html += countsSection(
            "Findings by rule", "Rule", totals.rules.map { ($0.key, [$0.value]) }, ["Findings"],
            label: { id in self.rules[id].map { "\($0.title) (\($0.family)/\(id))" } ?? id })
        html += countsSection(
            "By outlet", "Outlet", totals.outlets.map { ($0.key, [$0.value.articles, $0.value.findings]) },
            ["Articles", "Findings"])
        let speakers = totals.speakers.map { ($0.key, [$0.value.findings, $0.value.quotes, $0.value.articles]) }
        html += countsSection(
            "By speaker", "Speaker", speakers, ["Findings", "Quotes", "Articles"], limit: Self.speakerLimit)
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    private func levelsSection(_ totals: BatchTotals) -> String {
        var html = "<section><h2>Findings by level</h2><ul class=\"levels\">"
        for level in Level.allCases.reversed() {
            html += "<li class=\"\(level.rawValue)\"><b>\(totals.levels[level.rawValue] ?? 0)</b> \(level.rawValue)</li>"
        }
        return html + "</ul></section>\n"
    }

    private func articlesSection() -> String {
        let audited = summary.articles.enumerated().filter { $0.element.status == .audited }
        let ranked = audited.sorted { ($1.element.weight, $0.offset) < ($0.element.weight, $1.offset) }
        var html = "<section><h2>Articles, most to check first</h2>\n<table><thead><tr><th>Article</th>"
        html += "<th>Outlet</th><th>Published</th><th>Errors</th><th>Warnings</th><th>Info</th><th>Weight</th>"
        html += "<th>Reports</th></tr></thead><tbody>\n"
        for (_, entry) in ranked {
            let title = escape(entry.title ?? entry.id)
            let main = entry.reports["html"] ?? entry.reports.sorted { $0.key < $1.key }.first?.value
            html += "<tr><td>" + (main.map { "<a href=\"\(escape(Self.percentEncoded($0)))\">\(title)</a>" } ?? title)
            html += "<br><small>\(escape(entry.source))</small></td>"
            html += "<td>\(escape(entry.outlet ?? ""))</td><td class=\"date\">\(escape(entry.published ?? ""))</td>"
            for level in Level.allCases.reversed() { html += "<td class=\"n\">\(entry.levels[level.rawValue] ?? 0)</td>" }
            html += "<td class=\"n\">\(entry.weight)</td><td>"
            html += entry.reports.sorted { $0.key < $1.key }.map { format, path in
                "<a href=\"\(escape(Self.percentEncoded(path)))\">\(escape(format))</a>"
            }.joined(separator: " ")
            html += "</td></tr>\n"
        }
        return html + "</tbody></table></section>\n"
    }

    private func errorsSection() -> String {
        guard !summary.errors.isEmpty else { return "" }
        var html = "<section class=\"errors\"><h2>Could not be read</h2>\n<table><thead><tr><th>Article</th>"
        html += "<th>Source</th><th>Error</th></tr></thead><tbody>\n"
        for error in summary.errors {
            html += "<tr><td>\(escape(error.id))</td><td>\(escape(error.source))</td>"
            html += "<td><code>\(escape(error.message))</code></td></tr>\n"
        }
        return html + "</tbody></table></section>\n"
    }

    private func countsSection(
        _ title: String, _ key: String, _ rows: [(String, [Int])], _ columns: [String], limit: Int = .max,
        label: (String) -> String = { $0 }
    ) -> String {
        guard !rows.isEmpty else { return "" }
        let sorted = rows.sorted { ($1.1.lexicographicallyPrecedes($0.1)) || ($0.1 == $1.1 && $0.0 < $1.0) }
        var html = "<section><h2>\(escape(title))</h2>\n<table><thead><tr><th>\(escape(key))</th>"
        html += columns.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for (name, counts) in sorted.prefix(limit) {
            html += "<tr><td>\(escape(label(name)))</td>" + counts.map { "<td class=\"n\">\($0)</td>" }.joined() + "</tr>\n"
        }
        html += "</tbody></table>"
        if sorted.count > limit { html += "<p>And \(sorted.count - limit) more in summary.json.</p>" }
        return html + "</section>\n"
    }

    private func escape(_ text: String) -> String { Self.escape(text) }

    /// `text` with `& < > " '` replaced by entities and control characters dropped.
    static func escape(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped.append(contentsOf: "&amp;".unicodeScalars)
            case "<": escaped.append(contentsOf: "&lt;".unicodeScalars)
            case ">": escaped.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": escaped.append(contentsOf: "&quot;".unicodeScalars)
            case "'": escaped.append(contentsOf: "&#39;".unicodeScalars)
            case "\n", "\t": escaped.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) { continue }
                escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    /// A relative path with every byte outside `A-Z a-z 0-9 - . _ ~ /` percent-encoded.
    static func percentEncoded(_ path: String) -> String {
        var encoded = ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~/".unicodeScalars.contains(scalar)) {
                encoded.unicodeScalars.append(scalar)
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return encoded
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
