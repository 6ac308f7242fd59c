import VerityCore

/// Applies an article's suppression comments to its findings and reports the comments that
/// are broken or cleared nothing, as findings of the built-in rules.
struct SuppressionFilter {
    /// Suppressions that can be applied.
    private(set) var suppressions: [Suppression] = []
    /// Findings about broken directive comments.
    private(set) var problems: [Finding] = []

    /// Reads the directives of `document`; `knownNames` are the rule ids and families that exist.
    init(document: Document, knownNames: Set<String>, analysis: DocumentAnalysis) {
        var open: [String: (start: Int, comment: Int)] = [:]
        for (index, comment) in document.comments.enumerated() {
            guard let parsed = SuppressionDirective.parse(comment.text) else { continue }
            let directive: SuppressionDirective
            switch parsed {
            case .success(let value): directive = value
            case .failure(let problem):
                problems.append(Self.invalid(comment, problem: Self.describe(problem), analysis: analysis))
                continue
            }
            let unknown = directive.names.filter { !knownNames.contains($0) }
            guard unknown.isEmpty else {
                problems.append(Self.invalid(comment, problem: "it names no rule or family called '\(unknown.joined(separator: "', '"))'", analysis: analysis))
                continue
            }
            switch directive.action {
            case .disableNext:
                let block = document.blocks.first { $0.range.start >= comment.offset }?.range ?? TextRange(comment.offset, comment.offset)
                suppressions.append(Suppression(names: directive.names, range: block, commentIndex: index))
            case .disable:
                for name in directive.names where open[name] == nil { open[name] = (comment.offset, index) }
            case .enable:
                for name in directive.names {
                    guard let start = open.removeValue(forKey: name) else { continue }
                    suppressions.append(Suppression(names: [name], range: TextRange(start.start, comment.offset), commentIndex: start.comment))
                }
            }
        }
        for (name, start) in open.sorted(by: { $0.key < $1.key }) {
            suppressions.append(Suppression(names: [name], range: TextRange(start.start, document.scalars.count), commentIndex: start.comment))
        }
    }

    /// `findings` without the suppressed ones, plus findings for broken and unused comments.
    func apply(to findings: [Finding], families: [String: String], analysis: DocumentAnalysis) -> [Finding] {
        var used = Set<Int>()
        var kept: [Finding] = []
        for finding in findings {
            let family = families[finding.ruleID] ?? ""
            let covering = suppressions.indices.filter {
                suppressions[$0].covers(finding.range, rule: finding.ruleID, family: family)
            }
            if covering.isEmpty { kept.append(finding) } else { used.formUnion(covering) }
        }
        var reportedComments = Set<Int>()
        for (index, suppression) in suppressions.enumerated() where !used.contains(index) {
            guard reportedComments.insert(suppression.commentIndex).inserted else { continue }
            let comment = analysis.document.comments[suppression.commentIndex]
            kept.append(Finding(
                ruleID: BuiltinRule.unusedSuppression.rawValue, level: BuiltinRule.unusedSuppression.level,
                message: "The comment \(Self.place(comment))suppresses \(suppression.names.joined(separator: ", ")), but nothing was found there to suppress; remove it.",
                range: TextRange(comment.offset, comment.offset), sentenceIndex: analysis.sentenceIndex(containing: comment.offset)))
        }
        return kept + problems
    }

    private static func invalid(_ comment: InlineComment, problem: String, analysis: DocumentAnalysis) -> Finding {
        Finding(
            ruleID: BuiltinRule.invalidSuppression.rawValue, level: BuiltinRule.invalidSuppression.level,
            message: "The comment \(place(comment))cannot be applied: \(problem).",
            range: TextRange(comment.offset, comment.offset), sentenceIndex: analysis.sentenceIndex(containing: comment.offset))
    }

    private static func place(_ comment: InlineComment) -> String {
        comment.location.map { "at line \($0.line) " } ?? ""
    }

    private static func describe(_ problem: SuppressionDirective.Problem) -> String {
        switch problem {
        case .unknownDirective(let word):
            "'\(word)' is not a directive; use verity-disable-next, verity-disable or verity-enable"
        case .noRules: "it names no rule; write 'verity-disable-next RULE: reason'"
        case .noReason: "it gives no reason; write the reason after a colon, 'verity-disable-next RULE: reason'"
        }
    }
}
