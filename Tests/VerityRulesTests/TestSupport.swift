import VerityCore
@testable import VerityRules

/// A small lexicon rule written for tests.
func lexiconRule(id: String = "test-words", family: String = "testing", terms: [String] = ["regime"], optIn: Bool = false, unless: String = "") throws -> Rule {
    let yaml = """
        title: Test words
        level: warning
        scope: token
        kind: lexicon
        match: [\(terms.joined(separator: ", "))]
        \(unless.isEmpty ? "" : "unless: [\(unless)]")
        message: "found {match}"
        explain: For tests.
        opt_in: \(optIn)
        examples:
          trigger: ["the ⟦\(terms[0])⟧"]
          silent: ["nothing here"]
        """
    return try Rule(yaml: yaml, path: "Rules/\(family)/\(id).yml", id: id, family: family)
}

/// An article from paragraphs, with optional comments at body offsets.
func article(_ paragraphs: [String], source: String = "news/story.md", comments: [InlineComment] = []) -> Document {
    var document = Document(
        id: "story", source: source, format: .markdown,
        blockTexts: paragraphs.map { (kind: Block.Kind.paragraph, text: $0) })
    document.comments = comments
    return document
}

/// The error a rule file gives, or nil when it loads.
func loadError(_ yaml: String) -> RuleLoadError? {
    do {
        _ = try Rule(yaml: yaml, path: "Rules/x/bad.yml", id: "bad", family: "x")
        return nil
    } catch {
        return error
    }
}
