import Foundation
import VerityCore

/// The rules loaded for an audit, sorted by id, plus the engine's built-in rules.
public struct RuleSet: Sendable {
    /// The rules from rule files, sorted by id.
    public let rules: [Rule]

    /// Where each rule's matches can begin, by position in `rules`, for one pass over tokens.
    let starts: StartIndex

    /// Positions in `rules` in the order the auditor runs them: each rule after the rules its
    /// `reported_by` conditions name, otherwise by id.
    let order: [Int]
    /// Ids some rule's `reported_by` names: the auditor records the sentences they report.
    let referenced: Set<String>

    /// Wraps loaded rules; they are sorted by id.
    public init(rules: [Rule]) {
        self.rules = rules.sorted { $0.id < $1.id }
        starts = StartIndex(self.rules.map { $0.check.firstTokens })
        referenced = Set(self.rules.flatMap { $0.references.map(\.id) })
        order = Self.runOrder(self.rules).order
    }

    /// Rules in dependency order (Kahn's algorithm, lowest position first among the ready ones),
    /// and the positions caught in a `reported_by` cycle, which follow in id order.
    static func runOrder(_ rules: [Rule]) -> (order: [Int], cycle: [Int]) {
        let positions = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let prerequisites = rules.map { rule in Set(rule.references.compactMap { positions[$0.id] }) }
        var order: [Int] = []
        var done = Set<Int>()
        while let next = rules.indices.first(where: { !done.contains($0) && prerequisites[$0].isSubset(of: done) }) {
            order.append(next)
            done.insert(next)
        }
        let cycle = rules.indices.filter { !done.contains($0) }
        return (order + cycle, cycle)
    }

    /// Runs the rules `rule`'s `reported_by` names (and theirs, first) over `context`, recording
    /// the sentences they report, so that `rule` can run alone, as its examples do.
    func recordPrerequisites(of rule: Rule, in context: inout RuleContext) {
        var needed = Set(rule.references.map(\.id))
        var frontier = Array(needed)
        while let id = frontier.popLast() {
            for reference in self.rule(id: id)?.references ?? [] where needed.insert(reference.id).inserted {
                frontier.append(reference.id)
            }
        }
        for position in order where needed.contains(rules[position].id) {
            context.record(rules[position].findings(in: context), of: rules[position].id)
        }
    }

    /// Errors for `reported_by` conditions that name no loaded rule, or that form a cycle.
    static func referenceErrors(in rules: [Rule]) -> [RuleLoadError] {
        let ids = Set(rules.map(\.id))
        var errors: [RuleLoadError] = []
        for rule in rules {
            for reference in rule.references where !ids.contains(reference.id) || reference.id == rule.id {
                let problem = reference.id == rule.id ? "is this rule itself" : "is not a loaded rule"
                errors.append(RuleLoadError(
                    path: rule.path, location: reference.location, message: "'reported_by' names '\(reference.id)', which \(problem)"))
            }
        }
        let sorted = rules.sorted { $0.id < $1.id }
        let cycle = runOrder(sorted).cycle.map { sorted[$0] }
        if errors.isEmpty, !cycle.isEmpty {
            let names = cycle.map(\.id).joined(separator: ", ")
            for rule in cycle {
                errors.append(RuleLoadError(
                    path: rule.path, location: rule.references.first?.location,
                    message: "'reported_by' conditions form a cycle among \(names); one rule must run first"))
            }
        }
        return errors
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
        if errors.isEmpty { errors = referenceErrors(in: rules) }
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
