// Quotes, speakers, claims and findings written straight into a `JSONBuffer`, byte for byte as
// their `Encodable` conformances write them (tests compare both).

extension JSONQuote: JSONFastWritable {
    func writeJSON(to buffer: inout JSONBuffer, depth: Int) {
        var first = true
        buffer.openObject(&first)
        if let cue {
            buffer.key("cue", &first, depth: depth)
            cue.writeJSON(to: &buffer, depth: depth + 1)
        }
        if let cueText {
            buffer.key("cue_text", &first, depth: depth)
            buffer.string(cueText)
        }
        buffer.key("kind", &first, depth: depth)
        buffer.string(kind)
        buffer.key("range", &first, depth: depth)
        range.writeJSON(to: &buffer, depth: depth + 1)
        buffer.key("sentence", &first, depth: depth)
        buffer.integer(sentence)
        if let speaker {
            buffer.key("speaker", &first, depth: depth)
            var inner = true
            buffer.openObject(&inner)
            if let entity = speaker.entity {
                buffer.key("entity", &inner, depth: depth + 1)
                buffer.integer(entity)
            }
            buffer.key("range", &inner, depth: depth + 1)
            speaker.range.writeJSON(to: &buffer, depth: depth + 2)
            buffer.key("text", &inner, depth: depth + 1)
            buffer.string(speaker.text)
            buffer.closeObject(inner, depth: depth + 1)
        }
        buffer.key("text", &first, depth: depth)
        buffer.string(text)
        buffer.closeObject(first, depth: depth)
    }
}

extension JSONSpeaker: JSONFastWritable {
    func writeJSON(to buffer: inout JSONBuffer, depth: Int) {
        var first = true
        buffer.openObject(&first)
        buffer.key("affiliations", &first, depth: depth)
        buffer.array(affiliations, depth: depth + 1) { buffer, text, _ in buffer.string(text) }
        buffer.key("kind", &first, depth: depth)
        buffer.string(kind)
        buffer.key("mentions", &first, depth: depth)
        buffer.array(mentions, depth: depth + 1) { $1.writeJSON(to: &$0, depth: $2) }
        buffer.key("name", &first, depth: depth)
        buffer.string(name)
        buffer.key("roles", &first, depth: depth)
        buffer.array(roles, depth: depth + 1) { buffer, text, _ in buffer.string(text) }
        buffer.closeObject(first, depth: depth)
    }
}

extension JSONClaim: JSONFastWritable {
    func writeJSON(to buffer: inout JSONBuffer, depth: Int) {
        var first = true
        buffer.openObject(&first)
        buffer.key("checkworthiness", &first, depth: depth)
        buffer.double(checkworthiness)
        buffer.key("hedged", &first, depth: depth)
        buffer.bool(hedged)
        buffer.key("hedges", &first, depth: depth)
        buffer.array(hedges, depth: depth + 1) { $1.writeJSON(to: &$0, depth: $2) }
        buffer.key("interested_party", &first, depth: depth)
        buffer.bool(interestedParty)
        buffer.key("range", &first, depth: depth)
        range.writeJSON(to: &buffer, depth: depth + 1)
        buffer.key("sentence", &first, depth: depth)
        buffer.integer(sentence)
        buffer.key("signals", &first, depth: depth)
        buffer.array(signals, depth: depth + 1) { buffer, signal, depth in
            var first = true
            buffer.openObject(&first)
            buffer.key("kind", &first, depth: depth)
            buffer.string(signal.kind)
            buffer.key("range", &first, depth: depth)
            signal.range.writeJSON(to: &buffer, depth: depth + 1)
            buffer.closeObject(first, depth: depth)
        }
        buffer.key("source", &first, depth: depth)
        var inner = true
        buffer.openObject(&inner)
        for case (let key, let value?) in [("quote", source.quote), ("speaker", source.speaker)] as [(StaticString, Int?)] {
            buffer.key(key, &inner, depth: depth + 1)
            buffer.integer(value)
        }
        buffer.key("type", &inner, depth: depth + 1)
        buffer.string(source.type)
        buffer.closeObject(inner, depth: depth + 1)
        if let sourceKind {
            buffer.key("source_kind", &first, depth: depth)
            buffer.string(sourceKind)
        }
        buffer.key("text", &first, depth: depth)
        buffer.string(text)
        buffer.closeObject(first, depth: depth)
    }
}

extension JSONFinding: JSONFastWritable {
    func writeJSON(to buffer: inout JSONBuffer, depth: Int) {
        var first = true
        buffer.openObject(&first)
        if let claim {
            buffer.key("claim", &first, depth: depth)
            buffer.integer(claim)
        }
        buffer.key("family", &first, depth: depth)
        buffer.string(family)
        buffer.key("level", &first, depth: depth)
        buffer.string(level)
        buffer.key("message", &first, depth: depth)
        buffer.string(message)
        if let quote {
            buffer.key("quote", &first, depth: depth)
            buffer.integer(quote)
        }
        buffer.key("range", &first, depth: depth)
        range.writeJSON(to: &buffer, depth: depth + 1)
        buffer.key("rule", &first, depth: depth)
        buffer.string(rule)
        if let sentence {
            buffer.key("sentence", &first, depth: depth)
            buffer.integer(sentence)
        }
        if let sourceLocation {
            buffer.key("source_location", &first, depth: depth)
            sourceLocation.writeJSON(to: &buffer, depth: depth + 1)
        }
        if let speaker {
            buffer.key("speaker", &first, depth: depth)
            buffer.integer(speaker)
        }
        buffer.key("text", &first, depth: depth)
        buffer.string(text)
        buffer.closeObject(first, depth: depth)
    }
}
