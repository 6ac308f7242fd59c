import VerityCore

/// Fingerprints for SARIF results that survive edits elsewhere in the article: a hash of the rule,
/// the normalised sentence and the normalised matched words, plus an occurrence number when the
/// same triple occurs again in one document.
struct FingerprintCounter {
    private var seen: [String: Int] = [:]
    /// Normalised sentences already computed, by sentence index.
    private var sentences: [Int: String] = [:]

    /// The fingerprint of `finding`, counting repeats in document order.
    mutating func next(for finding: Finding, in result: AuditResult) -> String {
        let sentence: String
        if let index = result.sentenceIndex(for: finding) {
            if let known = sentences[index] {
                sentence = known
            } else {
                sentence = Self.normalised(result.document.text(in: result.analysis.sentences[index].range))
                sentences[index] = sentence
            }
        } else {
            sentence = Self.normalised(result.document.text(in: finding.range))
        }
        let key = [finding.ruleID, sentence, Self.normalised(result.document.text(in: finding.range))]
            .joined(separator: "\u{1F}")
        let hash = SHA256.hex(key)
        let occurrence = seen[hash, default: 0] + 1
        seen[hash] = occurrence
        return hash + ":" + String(occurrence)
    }

    /// Lowercased, typographic quotes and dashes folded to ASCII, white space collapsed and trimmed.
    static func normalised(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            let isSpace = scalar.isASCII ? (scalar == " " || ("\u{9}"..."\u{D}").contains(scalar)) : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !view.isEmpty
                continue
            }
            if pendingSpace { view.append(" ") }
            pendingSpace = false
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": view.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": view.append("\"")
            case "\u{2010}"..."\u{2015}", "\u{2212}": view.append("-")
            default: view.append(scalar)
            }
        }
        return String(view)
    }
}
