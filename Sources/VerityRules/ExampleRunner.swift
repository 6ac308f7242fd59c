import Foundation
import VerityAnalysis
import VerityCore

/// Runs rule examples: each text is analysed and audited by its rule alone (after the rules its
/// `reported_by` names, which only clear its findings), and the rule's
/// findings must cover exactly the marked ranges. Each example also runs behind a paragraph of
/// multi-byte characters, which shifts every offset and catches UTF-8/UTF-16 offset bugs.
public struct ExampleRunner: Sendable {
    /// The paragraph put before shifted examples: accents, an emoji with a variation selector,
    /// a flag (two scalars) and a non-Latin letter.
    public static let prefix = "Ünïcödé ☕️ 🇺🇳 Ωμέγα.\n\n"

    /// The outcome of one example run.
    public struct Outcome: Sendable {
        /// The rule that ran.
        public var ruleID: String
        /// The example.
        public var example: RuleExample
        /// Whether the text ran behind `prefix`.
        public var shifted: Bool
        /// The ranges the rule reported, in the example's own offsets.
        public var found: [TextRange]

        /// Whether the rule reported exactly the expected ranges.
        public var passed: Bool { found == example.expected }

        /// A line saying what happened, for `verity rules test`.
        public var summary: String {
            let kind = example.triggers ? "trigger" : "silent"
            let shift = shifted ? " (shifted)" : ""
            let place = example.location.map { ":\($0.line)" } ?? ""
            guard !passed else { return "pass \(ruleID)\(place) \(kind)\(shift)" }
            return "FAIL \(ruleID)\(place) \(kind)\(shift): expected \(describe(example.expected)), found \(describe(found))\n  in: \(example.text)"
        }

        private func describe(_ ranges: [TextRange]) -> String {
            guard !ranges.isEmpty else { return "nothing" }
            return ranges.map { range in
                let scalars = Array(example.text.unicodeScalars)
                let lower = min(max(0, range.start), scalars.count)
                let upper = min(max(lower, range.end), scalars.count)
                return "\(range) \"\(String(String.UnicodeScalarView(scalars[lower..<upper])))\""
            }.joined(separator: ", ")
        }
    }

    public init() {}

    /// Every example of `rule`, plain and shifted; `rules` (holding `rule`) supplies the rules its
    /// `reported_by` conditions name.
    public func run(_ rule: Rule, in rules: RuleSet) -> [Outcome] {
        rule.examples.flatMap { [run($0, of: rule, shifted: false, in: rules), run($0, of: rule, shifted: true, in: rules)] }
    }

    /// One example of `rule`, after the rules its `reported_by` conditions name (from `rules`).
    public func run(_ example: RuleExample, of rule: Rule, shifted: Bool, in rules: RuleSet) -> Outcome {
        let text = shifted ? Self.prefix + example.text : example.text
        let delta = shifted ? Self.prefix.unicodeScalars.count : 0
        let document = Self.document(text, published: example.published)
        var context = RuleContext(analysis: Analyzer().analyze(document))
        rules.recordPrerequisites(of: rule, in: &context)
        let found = rule.findings(in: context).map { $0.range.shifted(by: -delta) }.sorted()
        return Outcome(ruleID: rule.id, example: example, shifted: shifted, found: found)
    }

    /// An article made of `text`, one paragraph per blank-line-separated part.
    static func document(_ text: String, published: String?) -> Document {
        let paragraphs = text.components(separatedBy: "\n\n").map { (kind: Block.Kind.paragraph, text: $0) }
        return Document(
            id: "example", source: "example", format: .text, metadata: ArticleMetadata(published: published),
            blockTexts: paragraphs)
    }
}
