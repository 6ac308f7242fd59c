extension DocumentAnalysis {
    /// A readable dump of the quotes for tests and debugging:
    /// `Quote direct 120..<164 "…" speaker "Jalali" 166..<172 cue "said"`.
    public var quoteDump: String {
        quotes.map { quote in
            var line = "Quote \(quote.kind.rawValue) \(quote.range) \"\(document.text(in: quote.range))\""
            if let speaker = quote.speaker {
                line += " speaker \"\(document.text(in: speaker.range))\" \(speaker.range)"
                if let entity = speaker.entity, speakers.indices.contains(entity) {
                    line += " = \(speakers[entity].name)"
                }
            }
            if let cue = quote.cue {
                line += " cue \"\(document.text(in: cue))\""
            }
            return line
        }.joined(separator: "\n")
    }
}
