import VerityCore

/// A text a rule must flag at the marked ranges (`trigger`), or must leave alone (`silent`).
public struct RuleExample: Hashable, Sendable {
    /// The text without its `⟦…⟧` markers; blank lines separate paragraphs.
    public var text: String
    /// Where the rule must report, in Unicode-scalar offsets into `text`; empty for silent examples.
    public var expected: [TextRange]
    /// Whether the rule must report (`trigger`) or stay quiet (`silent`).
    public var triggers: Bool
    /// Publication date to give the example article, when the example needs one.
    public var published: String?
    /// Where the example stands in its rule file.
    public var location: SourceLocation?

    public init(text: String, expected: [TextRange], triggers: Bool, published: String? = nil, location: SourceLocation? = nil) {
        self.text = text
        self.expected = expected
        self.triggers = triggers
        self.published = published
        self.location = location
    }

    /// Reads a marked-up example: `⟦` opens and `⟧` closes an expected range.
    static func parse(_ marked: String, triggers: Bool) -> (text: String, ranges: [TextRange])? {
        var text = String.UnicodeScalarView()
        var ranges: [TextRange] = []
        var open: Int?
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦":
                guard open == nil else { return nil }
                open = text.count
            case "⟧":
                guard let start = open else { return nil }
                ranges.append(TextRange(start, text.count))
                open = nil
            default:
                text.append(scalar)
            }
        }
        guard open == nil, triggers ? !ranges.isEmpty : ranges.isEmpty else { return nil }
        return (String(text), ranges)
    }

    /// Reads the `examples:` mapping of a rule file.
    static func parseAll(_ value: YAMLValue, path: String) throws(RuleLoadError) -> [RuleExample] {
        let fields = try YAMLMapping(value, path: path, allowedKeys: ["trigger", "silent"], what: "'examples'")
        var examples: [RuleExample] = []
        for (key, triggers) in [("trigger", true), ("silent", false)] {
            guard let list = fields.value(key) else {
                throw fields.error("'examples' needs at least one '\(key)' text")
            }
            guard case .sequence(let items) = list.content, !items.isEmpty else {
                throw fields.error("'\(key)' must be a list of texts", at: list)
            }
            for item in items { examples.append(try example(item, triggers: triggers, path: path)) }
        }
        return examples
    }

    private static func example(_ item: YAMLValue, triggers: Bool, path: String) throws(RuleLoadError) -> RuleExample {
        var marked = item.scalar
        var published: String?
        if case .mapping = item.content {
            let fields = try YAMLMapping(item, path: path, allowedKeys: ["text", "published"], what: "an example")
            marked = try fields.string("text")
            published = try fields.string("published")
        }
        guard let marked else {
            throw RuleLoadError(path: path, location: item.location, message: "an example is a text or a mapping with 'text'")
        }
        guard let (text, ranges) = parse(marked, triggers: triggers) else {
            let problem = triggers ? "a trigger example needs balanced ⟦…⟧ around each expected finding"
                : "a silent example must not contain ⟦ or ⟧"
            throw RuleLoadError(path: path, location: item.location, message: problem)
        }
        return RuleExample(text: text, expected: ranges, triggers: triggers, published: published, location: item.location)
    }
}
