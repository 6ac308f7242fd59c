import Foundation
import VerityCore

/// The rules loaded for an audit, sorted by id, plus the engine's built-in rules.
public struct RuleSet: Sendable {
    /// The rules from rule files, sorted by id.
    public let rules: [Rule]

    /// Where each rule's matches can begin, by position in `rules`, for one pass over tokens.
    let starts: StartIndex

    /// Wraps loaded rules; they are sorted by id.
    public init(rules: [Rule]) {
        self.rules = rules.sorted { $0.id < $1.id }
        starts = StartIndex(self.rules.map { $0.check.firstTokens })
    }

    /// Descriptions of every rule, built-in ones included, keyed by id.
    public var infos: [String: RuleInfo] {
        var infos = Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0.info) })
        for builtin in BuiltinRule.allCases { infos[builtin.rawValue] = builtin.info }
        return infos
    }

    /// The rule with `id`, if loaded.
    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }

    /// The family names of the loaded rules and built-in rules.
    public var families: Set<String> { Set(rules.map(\.info.family) + [BuiltinRule.family]) }

    /// Loads every `*.yml` under `directory`; a file's family is its folder below `directory`.
    /// Every broken file is reported, not only the first.
    public static func load(directory: String) throws(RuleLoadErrors) -> RuleSet {
        let root = URL(fileURLWithPath: directory).resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RuleLoadErrors([RuleLoadError(path: directory, message: "no such rules directory")])
        }
        let files = ruleFiles(under: root)
        var rules: [Rule] = []
        var errors: [RuleLoadError] = []
        var seen: [String: String] = [:]
        for relative in files {
            let path = directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
            let components = relative.split(separator: "/")
            let id = String(components[components.count - 1].dropLast(4))
            let family = components.count > 1 ? String(components[0]) : "general"
            if let other = seen[id] {
                errors.append(RuleLoadError(path: path, message: "rule id '\(id)' is already used by \(other)"))
                continue
            }
            seen[id] = path
            if BuiltinRule(rawValue: id) != nil {
                errors.append(RuleLoadError(path: path, message: "rule id '\(id)' is reserved for a built-in rule"))
                continue
            }
            do {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                rules.append(try Rule(yaml: text, path: path, id: id, family: family))
            } catch let error as RuleLoadError {
                errors.append(error)
            } catch {
                errors.append(RuleLoadError(path: path, message: "cannot read file: \(error.localizedDescription)"))
            }
        }
        guard errors.isEmpty else { throw RuleLoadErrors(errors) }
        return RuleSet(rules: rules)
    }

    /// Relative paths of the `.yml` files under `root`, sorted.
    private static func ruleFiles(under root: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".yml") { files.append(relative) }
        }
        return files.sorted()
    }
}
