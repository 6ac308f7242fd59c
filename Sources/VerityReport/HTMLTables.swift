import VerityCore

/// The HTML report's tables: speakers (entity, kind, roles, their quotes), quotes (kind, cue,
/// speaker) and claims (source, hedged, check-worthiness, most check-worthy first).
struct HTMLTables {
    let result: AuditResult

    private var analysis: DocumentAnalysis { result.analysis }
    private var document: Document { result.document }

    func render() -> String {
        "<div class=\"tables\">\n" + speakers() + quotes() + claims() + "</div>\n"
    }

    private func speakers() -> String {
        var html = "<h2>Speakers</h2>\n"
        guard !analysis.speakers.isEmpty else { return html + "<p class=\"empty\">No speakers found.</p>\n" }
        html += "<table class=\"speakers\"><thead><tr><th>Speaker</th><th>Kind</th><th>Roles</th>"
        html += "<th>Affiliations</th><th>Mentions</th><th>Quotes</th></tr></thead><tbody>\n"
        for (index, speaker) in analysis.speakers.enumerated() {
            let quotes = analysis.quotes.filter { $0.speaker?.entity == index }
            html += "<tr><td>" + HTML.text(speaker.name) + "</td><td>" + speaker.kind.label + "</td><td>"
            html += HTML.text(speaker.roles.joined(separator: "; ")) + "</td><td>"
            html += HTML.text(speaker.affiliations.joined(separator: "; ")) + "</td><td>\(speaker.mentions.count)</td><td>"
            if !quotes.isEmpty {
                html += "<ul>" + quotes.map { "<li>" + $0.kind.rawValue + ": “" + HTML.text(document.text(in: $0.range)) + "”</li>" }.joined() + "</ul>"
            }
            html += "</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    private func quotes() -> String {
        var html = "<h2>Quotes</h2>\n"
        guard !analysis.quotes.isEmpty else { return html + "<p class=\"empty\">No quotes found.</p>\n" }
        html += "<table class=\"quotes\"><thead><tr><th>#</th><th>Kind</th><th>Quote</th><th>Cue</th>"
        html += "<th>Speaker</th></tr></thead><tbody>\n"
        for (index, quote) in analysis.quotes.enumerated() {
            html += "<tr><td>\(index + 1)</td><td>" + quote.kind.rawValue + "</td><td>“"
            html += HTML.text(document.text(in: quote.range)) + "”</td><td>"
            html += HTML.text(quote.cue.map { document.text(in: $0) } ?? "") + "</td><td>"
            html += HTML.text(speakerLabel(quote.speaker)) + "</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    private func claims() -> String {
        var html = "<h2>Claims</h2>\n"
        guard !analysis.claims.isEmpty else { return html + "<p class=\"empty\">No claims found.</p>\n" }
        html += "<table class=\"claims\"><thead><tr><th>Claim</th><th>Source</th><th>Hedged</th>"
        html += "<th>Signals</th><th>Check-worthiness</th></tr></thead><tbody>\n"
        let ordered = analysis.claims.enumerated().sorted {
            ($1.element.checkworthiness, $0.offset) < ($0.element.checkworthiness, $1.offset)
        }
        for (_, claim) in ordered {
            let worth = claim.checkworthiness.isFinite ? min(max(claim.checkworthiness, 0), 1) : 0
            html += "<tr><td>" + HTML.text(document.text(in: claim.range)) + "</td><td>"
            html += HTML.text(source(of: claim)) + "</td><td>"
            html += claim.hedges.isEmpty ? "no" : "yes: " + HTML.text(claim.hedges.map { document.text(in: $0) }.joined(separator: ", "))
            html += "</td><td>" + claim.signals.map(\.kind.rawValue).joined(separator: ", ") + "</td><td>"
            let shown = String(Double(Int((worth * 100).rounded())) / 100)
            html += "<meter min=\"0\" max=\"1\" value=\"\(worth)\">\(shown)</meter> \(shown)</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    /// "Ingrid Halvorsen (named person)", "article", with "interested party" when it applies.
    private func source(of claim: Claim) -> String {
        var text: String
        switch claim.source {
        case .article: text = "the article"
        case .speaker(let quote, let speaker):
            let mention = analysis.quotes.indices.contains(quote) ? analysis.quotes[quote].speaker : nil
            text = result.speakerName(speaker) ?? speakerLabel(mention)
        }
        if let kind = claim.sourceKind { text += " (" + kind.label + ")" }
        if claim.isInterestedParty { text += " · interested party" }
        return text
    }

    /// The speaker's entity name, else the mention's words, else "unattributed".
    private func speakerLabel(_ mention: SpeakerMention?) -> String {
        guard let mention else { return "unattributed" }
        return result.speakerName(mention.entity) ?? document.text(in: mention.range)
    }
}
