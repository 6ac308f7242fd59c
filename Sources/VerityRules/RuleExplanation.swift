import VerityCore

/// The text `verity rules explain` prints about a rule.
public struct RuleExplanation: Sendable {
    /// The whole explanation, ending without a newline.
    public let text: String

    /// Explains a rule loaded from a file, with its examples.
    public init(rule: Rule) {
        var lines = Self.header(rule.info)
        lines.append("scope: \(rule.scope.rawValue)   check: \(rule.kind.rawValue)\(rule.isOptIn ? "   opt-in" : "")   file: \(rule.path)")
        lines.append("")
        lines.append(contentsOf: Self.body(rule.info))
        let triggers = rule.examples.filter(\.triggers)
        let silent = rule.examples.filter { !$0.triggers }
        if !triggers.isEmpty {
            lines.append("")
            lines.append("Flags:")
            lines.append(contentsOf: triggers.map { "  " + Self.marked($0) })
        }
        if !silent.isEmpty {
            lines.append("")
            lines.append("Leaves alone:")
            lines.append(contentsOf: silent.map { "  " + $0.text })
        }
        text = lines.joined(separator: "\n")
    }

    /// Explains a built-in rule.
    public init(info: RuleInfo) {
        text = (Self.header(info) + ["", ""] + Self.body(info)).joined(separator: "\n")
    }

    private static func header(_ info: RuleInfo) -> [String] {
        ["\(info.id) — \(info.title)", "level: \(info.level.rawValue)   family: \(info.family)"]
    }

    private static func body(_ info: RuleInfo) -> [String] {
        var lines = [info.explanation.trimmingTrailingNewlines]
        if !info.links.isEmpty {
            lines.append("")
            lines.append("Guidelines:")
            lines.append(contentsOf: info.links.map { "  " + $0 })
        }
        return lines
    }

    /// The example text with its expected ranges marked again.
    private static func marked(_ example: RuleExample) -> String {
        var scalars = Array(example.text.unicodeScalars)
        for range in example.expected.sorted(by: >) where range.end <= scalars.count {
            scalars.insert("⟧", at: range.end)
            scalars.insert("⟦", at: range.start)
        }
        return String(String.UnicodeScalarView(scalars))
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var result = self
        while result.last == "\n" { result.removeLast() }
        return result
    }
}
