import VerityCore

/// The text report's closing section: each speaker, what kind of source they are, and what they
/// said; then the quotes no speaker was found for.
struct TextSpeakerSection {
    /// Longest quote, in Unicode scalars, printed before it is trimmed.
    static let quoteLimit = 200

    let result: AuditResult
    let style: TerminalStyle

    func render() -> String {
        let analysis = result.analysis
        guard !analysis.speakers.isEmpty || !analysis.quotes.isEmpty else { return "" }
        var quotesBySpeaker: [Int: [Quote]] = [:]
        var unattributed: [Quote] = []
        for quote in analysis.quotes {
            if let entity = quote.speaker?.entity, analysis.speakers.indices.contains(entity) {
                quotesBySpeaker[entity, default: []].append(quote)
            } else {
                unattributed.append(quote)
            }
        }
        var output = "\n" + style.bold("Speakers (\(analysis.speakers.count))") + "\n"
        if analysis.speakers.isEmpty { output += "  " + style.dim("(no speaker identified)") + "\n" }
        for (index, speaker) in analysis.speakers.enumerated() {
            let facts = [speaker.kind.label] + speaker.roles + speaker.affiliations
            output += "  " + style.bold(TerminalStyle.sanitised(speaker.name))
            output += " — " + TerminalStyle.sanitised(facts.joined(separator: "; ")) + "\n"
            let quotes = quotesBySpeaker[index] ?? []
            if quotes.isEmpty { output += "    " + style.dim("(no quotes)") + "\n" }
            for quote in quotes { output += line(for: quote) }
        }
        if !unattributed.isEmpty {
            output += "\n" + style.bold("Quotes without a speaker (\(unattributed.count))") + "\n"
            for quote in unattributed { output += line(for: quote) }
        }
        return output
    }

    private func line(for quote: Quote) -> String {
        let document = result.document
        var said = document.text(in: quote.range)
        if said.unicodeScalars.count > Self.quoteLimit {
            said = document.text(in: TextRange(quote.range.start, quote.range.start + Self.quoteLimit)) + "…"
        }
        var line = "    " + quote.kind.rawValue.padding(to: 9) + "“" + TerminalStyle.sanitised(said) + "”"
        if let cue = quote.cue {
            line += " " + style.dim("(" + TerminalStyle.sanitised(document.text(in: cue)) + ")")
        }
        return line + "\n"
    }
}
