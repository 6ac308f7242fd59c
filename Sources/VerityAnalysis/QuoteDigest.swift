import VerityCore

/// A readable digest of an article's quotes grouped by speaker, in order of first mention:
///
///     Kazem Jalali — named person; ambassador to Russia; Iran
///       indirect  "centered on …"  (according to)
public struct QuoteDigest: Sendable {
    public init() {}

    /// The digest of `analysis`, one block per speaker, then unattributed and scare quotes.
    public func text(of analysis: DocumentAnalysis) -> String {
        let document = analysis.document
        var lines: [String] = ["# \(document.id): \(analysis.quotes.count) quotes, \(analysis.speakers.count) speakers"]
        var bySpeaker: [Int: [Quote]] = [:]
        var unattributed: [Quote] = []
        for quote in analysis.quotes {
            if let entity = quote.speaker?.entity { bySpeaker[entity, default: []].append(quote) } else { unattributed.append(quote) }
        }
        for (index, speaker) in analysis.speakers.enumerated() {
            let details = [speaker.kind.rawValue.replacingUnderscores] + speaker.roles + speaker.affiliations
            lines.append("")
            lines.append("\(speaker.name) — \(details.joined(separator: "; "))")
            for quote in bySpeaker[index] ?? [] { lines.append(line(quote, document)) }
        }
        if !unattributed.isEmpty {
            lines.append("")
            lines.append("(no speaker)")
            for quote in unattributed { lines.append(line(quote, document)) }
        }
        return lines.joined(separator: "\n")
    }

    private func line(_ quote: Quote, _ document: Document) -> String {
        var line = "  \(quote.kind.rawValue.padded(to: 9)) \"\(document.text(in: quote.range))\""
        if let speaker = quote.speaker {
            let mention = document.text(in: speaker.range)
            if let cue = quote.cue { line += "  (\(mention) \(document.text(in: cue)))" } else { line += "  (\(mention))" }
        } else if let cue = quote.cue {
            line += "  (\(document.text(in: cue)))"
        }
        let position = document.lines.location(of: quote.range.start)
        return line + "  @\(position.line):\(position.column)"
    }
}

extension String {
    fileprivate var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }

    fileprivate func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
