import Foundation
import VerityCore

/// One rule loaded from `Rules/<family>/<id>.yml`: what it looks for, what clears it, what it
/// says, and the examples that pin its behaviour down.
public struct Rule: Sendable {
    /// The keys a rule file may have.
    static let keys = ["title", "level", "scope", "kind", "match", "unless", "message", "explain", "links", "opt_in", "examples"]

    /// Id, family, title, level, explanation and links, as reporters see them.
    public let info: RuleInfo
    /// What one finding is about.
    public let scope: RuleScope
    /// The built-in check the rule configures.
    public let kind: CheckKind
    /// Whether the rule runs only when configuration enables it.
    public let isOptIn: Bool
    /// The rule's examples, triggering ones first.
    public let examples: [RuleExample]
    /// The file the rule came from.
    public let path: String

    let check: any Check
    let conditions: [RuleCondition]
    /// The rules this one's `reported_by` conditions name: they must run first.
    let references: [RuleReference]
    let message: MessageTemplate

    /// The rule's id: its file stem.
    public var id: String { info.id }

    /// Parses a rule file's `text`; `path` is used in errors, `id` and `family` come from its name.
    public init(yaml text: String, path: String, id: String, family: String) throws(RuleLoadError) {
        guard let root = try YAMLValue.parse(text, path: path) else {
            throw RuleLoadError(path: path, location: SourceLocation(line: 1, column: 1), message: "empty rule file")
        }
        let fields = try YAMLMapping(root, path: path, allowedKeys: Self.keys, what: "a rule")
        let level = try Self.named(fields, "level", as: Level.self)
        scope = try Self.named(fields, "scope", as: RuleScope.self)
        kind = try Self.named(fields, "kind", as: CheckKind.self)
        guard kind.scopes.contains(scope) else {
            let scopes = kind.scopes.map(\.rawValue).joined(separator: ", ")
            throw fields.error("a \(kind.rawValue) check reports at scope \(scopes), not \(scope.rawValue)", at: fields.value("scope"))
        }
        check = try kind.makeCheck(match: try fields.required("match"), scope: scope, path: path)
        var conditions: [RuleCondition] = []
        var references: [RuleReference] = []
        if let unless = fields.value("unless") {
            let items: [YAMLValue] = if case .sequence(let list) = unless.content { list } else { [unless] }
            for item in items {
                let condition = try RuleCondition.parse(item, path: path)
                if case .reportedBy(let ids) = condition {
                    references += ids.map { RuleReference(id: $0, location: item.location) }
                }
                conditions.append(condition)
            }
        }
        self.conditions = conditions
        self.references = references
        let messageValue = try fields.required("message")
        let messageText = try fields.string("message") ?? ""
        do {
            message = try MessageTemplate(messageText, allowed: ["match"] + kind.variables)
        } catch .unknown(let name) {
            let known = (["match"] + kind.variables).map { "{\($0)}" }.joined(separator: ", ")
            throw fields.error("unknown variable {\(name)} for a \(kind.rawValue) check; known: \(known)", at: messageValue)
        } catch {
            throw fields.error("unclosed '{' in message", at: messageValue)
        }
        if message.uses("suggestion"), let lexicon = check as? LexiconCheck, !lexicon.suggestsEverywhere {
            throw fields.error("the message shows {suggestion}, so every term in 'match' needs an alternative", at: messageValue)
        }
        let title = try fields.string("title") ?? ""
        let explanation = (try fields.string("explain") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty, !explanation.isEmpty else {
            throw fields.error("a rule needs a 'title' and an 'explain' text")
        }
        info = RuleInfo(id: id, family: family, title: title, level: level, explanation: explanation, links: try fields.strings("links"))
        isOptIn = try fields.bool("opt_in") ?? false
        examples = try RuleExample.parseAll(try fields.required("examples"), path: path)
        self.path = path
    }

    /// The message with its first letter capitalised (a variable may open it: "senior official has…").
    static func sentenceCase(_ message: String) -> String {
        guard let first = message.first, first.isLowercase else { return message }
        return first.uppercased() + message.dropFirst()
    }

    private static func named<Value: RawRepresentable & CaseIterable>(
        _ fields: YAMLMapping, _ key: String, as type: Value.Type
    ) throws(RuleLoadError) -> Value where Value.RawValue == String {
        let value = try fields.required(key)
        guard let name = value.scalar, let result = Value(rawValue: name) else {
            let known = Value.allCases.map(\.rawValue).joined(separator: " | ")
            throw fields.error("'\(key)' must be one of \(known)", at: value)
        }
        return result
    }

    /// The rule's findings in an analysed document, at the rule's own level, sorted by start;
    /// `starts` are the tokens a token-scanning check tries (nil: it finds them itself).
    func findings(in context: RuleContext, starts: [Int]? = nil) -> [Finding] {
        var findings: [Finding] = []
        // Sentence-scoped rules report each sentence once.
        var reportedSentences = [Bool](repeating: false, count: scope == .sentence ? context.analysis.sentences.count : 0)
        var reportedRanges: Set<TextRange> = []
        let showsMatch = message.uses("match")
        for var match in check.matches(in: context, starts: starts) {
            // Indices from analysis are trusted only when they point into the arrays.
            if let index = match.sentenceIndex, !context.analysis.sentences.indices.contains(index) { match.sentenceIndex = nil }
            guard !conditions.contains(where: { $0.clears(match, in: context) }) else { continue }
            switch scope {
            case .sentence:
                guard let sentence = match.sentenceIndex, !reportedSentences[sentence] else { continue }
                reportedSentences[sentence] = true
            case .article:
                guard findings.isEmpty else { continue }
            case .speaker:
                guard reportedRanges.insert(match.range).inserted else { continue }
            case .token, .quote, .claim:
                break
            }
            let excerpt = showsMatch ? Excerpt.of(match.range, in: context) : ""
            let text = Self.sentenceCase(message.render(match: excerpt, values: match.values))
            findings.append(Finding(
                ruleID: id, level: info.level, message: text, range: match.range,
                sentenceIndex: match.sentenceIndex, quoteIndex: match.quoteIndex, claimIndex: match.claimIndex,
                speakerIndex: match.speakerIndex))
        }
        return findings
    }
}
