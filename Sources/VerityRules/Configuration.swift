import Foundation
import VerityCore

/// A project's `.verity.yml`: which rules run, at what level, per path, and from which level
/// findings fail the audit.
///
/// ```yaml
/// fail_on: warning
/// enable: [peacock-terms]             # rule ids or families; turns on opt-in rules
/// disable: [hedge]
/// levels: { anonymous-source: error, language: info }
/// overrides:
///   - paths: ["opinion/**"]
///     disable: [editorialising]
/// ```
public struct Configuration: Sendable {
    /// One `overrides` entry: settings for articles whose path matches one of the globs.
    struct Override: Sendable {
        var globs: [Glob]
        var settings: RuleSettings
    }

    /// The file the configuration came from, nil for the defaults.
    public private(set) var path: String?
    /// The threshold the file sets, nil when it sets none.
    public private(set) var failOn: FailThreshold?
    private var base = RuleSettings()
    private var overrides: [Override] = []
    /// Absolute folder that override globs are relative to.
    private var directory: String?

    /// The defaults: every rule that is not opt-in, at its own level.
    public init() {}

    /// The name of the project configuration file.
    public static let fileName = ".verity.yml"

    /// Reads `path`, checking every rule name against `rules`.
    public static func load(path: String, rules: RuleSet) throws(RuleLoadError) -> Configuration {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw RuleLoadError(path: path, message: "cannot read configuration: \(error.localizedDescription)")
        }
        return try parse(text, path: path, rules: rules)
    }

    /// Parses configuration `text`; `path` names it in errors and anchors override globs.
    public static func parse(_ text: String, path: String, rules: RuleSet) throws(RuleLoadError) -> Configuration {
        var configuration = Configuration()
        configuration.path = path
        configuration.directory = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
        guard let root = try YAMLValue.parse(text, path: path) else { return configuration }
        let known = Set(rules.infos.keys).union(rules.families)
        let fields = try YAMLMapping(root, path: path, allowedKeys: ["fail_on", "overrides"] + RuleSettings.keys, what: "the configuration")
        if let value = fields.value("fail_on") {
            guard let name = value.scalar, let threshold = FailThreshold(name: name) else {
                throw fields.error("'fail_on' must be info, warning, error or never", at: value)
            }
            configuration.failOn = threshold
        }
        configuration.base = try RuleSettings(fields, known: known)
        if let list = fields.value("overrides") {
            guard case .sequence(let items) = list.content else { throw fields.error("'overrides' must be a list", at: list) }
            for item in items {
                let entry = try YAMLMapping(item, path: path, allowedKeys: ["paths"] + RuleSettings.keys, what: "an override")
                let globs = try entry.strings("paths").map(Glob.init)
                guard !globs.isEmpty else { throw entry.error("an override needs 'paths'") }
                configuration.overrides.append(Override(globs: globs, settings: try RuleSettings(entry, known: known)))
            }
        }
        return configuration
    }

    /// The nearest `.verity.yml` in `directory` or a folder above it.
    public static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Whether `rule` runs for the article at `documentPath`.
    public func isEnabled(_ rule: Rule, documentPath: String) -> Bool {
        settings(for: documentPath).isEnabled(id: rule.id, family: rule.info.family, optIn: rule.isOptIn)
    }

    /// The level findings of rule `id` in `family` get for the article at `documentPath`.
    public func level(id: String, family: String, default level: Level, documentPath: String) -> Level {
        settings(for: documentPath).level(id: id, family: family, default: level)
    }

    /// The settings that apply to one article: the base, then every override whose globs match.
    func settings(for documentPath: String) -> ArticleSettings {
        guard !overrides.isEmpty else { return ArticleSettings(layers: [base]) }
        let relative = relativePath(documentPath)
        return ArticleSettings(layers: [base] + overrides.filter { $0.globs.contains { $0.matches(relative) } }.map(\.settings))
    }

    private func relativePath(_ documentPath: String) -> String {
        let absolute = URL(fileURLWithPath: documentPath).standardizedFileURL.path
        guard let directory, absolute.hasPrefix(directory + "/") else { return documentPath }
        return String(absolute.dropFirst(directory.count + 1))
    }
}
