import VerityCore
import Yams

/// A YAML node with its position, copied out of Yams so rule loading can stay value-typed.
struct YAMLValue: Sendable {
    /// What the node holds.
    enum Content: Sendable {
        case scalar(String)
        case sequence([YAMLValue])
        case mapping([(key: YAMLValue, value: YAMLValue)])
    }

    var content: Content
    /// Where the node starts in its file (1-based line and column).
    var location: SourceLocation?
    /// The resolved YAML tag (`tag:yaml.org,2002:str`, `…:bool`, `…:null`, …).
    var tag: String

    /// Parses `text`; a syntax error becomes a `RuleLoadError` at the position Yams reports.
    static func parse(_ text: String, path: String) throws(RuleLoadError) -> YAMLValue? {
        do {
            guard let node = try Yams.compose(yaml: text) else { return nil }
            return YAMLValue(node)
        } catch let error as YamlError {
            throw RuleLoadError(yamlError: error, path: path)
        } catch {
            throw RuleLoadError(path: path, message: "\(error)")
        }
    }

    init(content: Content, location: SourceLocation?, tag: String) {
        self.content = content
        self.location = location
        self.tag = tag
    }

    init(_ node: Node) {
        let location = node.mark.map { SourceLocation(line: $0.line, column: $0.column) }
        switch node {
        case .scalar(let scalar):
            self.init(content: .scalar(scalar.string), location: location, tag: node.tag.rawValue)
        case .sequence(let sequence):
            self.init(content: .sequence(sequence.map(YAMLValue.init)), location: location, tag: node.tag.rawValue)
        case .mapping(let mapping):
            let pairs = mapping.map { (key: YAMLValue($0.key), value: YAMLValue($0.value)) }
            self.init(content: .mapping(pairs), location: location, tag: node.tag.rawValue)
        case .alias(let alias):
            self.init(content: .scalar(""), location: location, tag: alias.tag.rawValue)
        }
    }

    /// The scalar's text, nil for sequences and mappings.
    var scalar: String? {
        if case .scalar(let text) = content { return text }
        return nil
    }

    /// Whether the node is YAML null (`~`, `null` or nothing).
    var isNull: Bool { tag.hasSuffix(":null") }

    /// A short name for the node's type, for error messages.
    var typeName: String {
        switch content {
        case .scalar: isNull ? "null" : "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

extension RuleLoadError {
    /// Converts a Yams error to a located load error.
    init(yamlError: YamlError, path: String) {
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            self.init(path: path, location: SourceLocation(line: mark.line, column: mark.column), message: problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            self.init(
                path: path, location: SourceLocation(line: context.mark.line, column: context.mark.column),
                message: "duplicate key '\(duplicates.joined(separator: "', '"))'")
        default:
            self.init(path: path, message: "\(yamlError)")
        }
    }
}
