import VerityCore

/// A readable list of an article's claims, most check-worthy first:
/// `0.82  article  "Iran's air defences forced the enemy to retreat"  @3:1  [causal]`.
public struct ClaimDigest: Sendable {
    public init() {}

    /// The digest of `analysis`; `minimum` drops claims whose check-worthiness is below it (0–1).
    public func text(of analysis: DocumentAnalysis, minimum: Double = 0) -> String {
        let document = analysis.document
        let shown = analysis.claims.filter { $0.checkworthiness >= minimum }
            .sorted { ($1.checkworthiness, $0.range) < ($0.checkworthiness, $1.range) }
        var lines = ["# \(document.id): \(analysis.claims.count) claims, \(shown.count) shown"]
        for claim in shown {
            let position = document.lines.location(of: claim.range.start)
            var line = score(claim.checkworthiness) + "  " + source(of: claim, in: analysis)
            line += "  \"\(document.text(in: claim.range))\"  @\(position.line):\(position.column)"
            var notes = Array(Set(claim.signals.map(\.kind.rawValue))).sorted()
            if !claim.hedges.isEmpty {
                notes.append("hedged: " + claim.hedges.map { document.text(in: $0) }.joined(separator: ", "))
            }
            if let interest = claim.interest { notes.append("interested party: " + interest.explanation) }
            if !notes.isEmpty { line += "  [" + notes.joined(separator: "; ") + "]" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// A score 0–1 with two decimals (`0.07`).
    private func score(_ value: Double) -> String {
        let hundredths = Int((min(max(value, 0), 1) * 100).rounded())
        return "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
    }

    private func source(of claim: Claim, in analysis: DocumentAnalysis) -> String {
        guard case .speaker(_, let entity) = claim.source else { return "article" }
        guard let entity, analysis.speakers.indices.contains(entity) else { return "speaker (unresolved)" }
        return analysis.speakers[entity].name + " (" + analysis.speakers[entity].kind.rawValue + ")"
    }
}
