import VerityCore

/// Facts every reporter derives the same way from an audit.
extension AuditResult {
    /// The findings in report order (offset, then end, then rule id), whatever order they were set in.
    var orderedFindings: [Finding] { findings.sorted(by: Finding.reportOrder) }

    /// The rule behind `finding`, or a neutral description when the rule set does not know it.
    func rule(for finding: Finding) -> RuleInfo {
        rules[finding.ruleID]
            ?? RuleInfo(
                id: finding.ruleID, family: "other", title: finding.ruleID, level: finding.level,
                explanation: "")
    }

    /// The rules findings refer to plus every rule that ran, sorted by id.
    var referencedRules: [RuleInfo] {
        var byID = rules
        for finding in findings where byID[finding.ruleID] == nil {
            byID[finding.ruleID] = rule(for: finding)
        }
        return byID.values.sorted { $0.id < $1.id }
    }

    /// Index of the sentence a finding is about: its own, else the one containing its start.
    func sentenceIndex(for finding: Finding) -> Int? {
        if let index = finding.sentenceIndex, analysis.sentences.indices.contains(index) { return index }
        return analysis.sentenceIndex(containing: finding.range.start)
    }

    /// Index of the speaker a finding concerns: its own, else its quote's or its claim's speaker.
    func speakerIndex(for finding: Finding) -> Int? {
        let candidate: Int?
        if let index = finding.speakerIndex {
            candidate = index
        } else if let quote = finding.quoteIndex, analysis.quotes.indices.contains(quote) {
            candidate = analysis.quotes[quote].speaker?.entity
        } else if let claim = finding.claimIndex, analysis.claims.indices.contains(claim),
            case .speaker(_, let speaker) = analysis.claims[claim].source
        {
            candidate = speaker
        } else {
            candidate = nil
        }
        guard let candidate, analysis.speakers.indices.contains(candidate) else { return nil }
        return candidate
    }

    /// The text around a finding a reader needs: its sentence, else its block, else the range itself.
    func contextRange(for finding: Finding) -> TextRange {
        if let sentence = sentenceIndex(for: finding) {
            let range = analysis.sentences[sentence].range
            if range.start <= finding.range.start && finding.range.end <= range.end { return range }
            return TextRange(min(range.start, finding.range.start), max(range.end, finding.range.end))
        }
        if let block = document.blockIndex(containing: finding.range.start) {
            return document.blocks[block].range
        }
        return finding.range
    }

    /// The name of the speaker at `index` of the analysis, when the index is valid.
    func speakerName(_ index: Int?) -> String? {
        guard let index, analysis.speakers.indices.contains(index) else { return nil }
        return analysis.speakers[index].name
    }
}

extension Speaker.Kind {
    /// The kind in plain words ("named person").
    var label: String { rawValue.split(separator: "_").joined(separator: " ") }
}

extension Block.Kind {
    /// The kind in plain words, capitalised ("Paragraph", "List item").
    var label: String {
        switch self {
        case .paragraph: "Paragraph"
        case .heading: "Heading"
        case .blockquote: "Block quote"
        case .listItem: "List item"
        case .caption: "Caption"
        }
    }
}
