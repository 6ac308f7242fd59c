import Foundation
import Verity

/// The auditor for each article of a batch: configuration found as `verity audit` finds it
/// (`--config`, else the nearest `.verity.yml` from the article's folder up; the current folder
/// for JSON Lines and standard input), every file loaded once, before the first article.
struct BatchAuditors: Sendable {
    /// The configuration files in use, sorted: they are part of the batch's fingerprint.
    let configurationPaths: [String]
    private let byFolder: [String: (auditor: Auditor, failOn: FailThreshold?)]
    private let fallback: (auditor: Auditor, failOn: FailThreshold?)

    /// Loads the configurations for articles in `folders` (and the current folder).
    init(rules: RuleSet, explicit: String?, folders: Set<String>) throws(RuleLoadError) {
        let current = Self.folder(of: "-")
        var loaded: [String: Configuration] = [:]
        var byFolder: [String: (auditor: Auditor, failOn: FailThreshold?)] = [:]
        for folder in folders.union([current]).sorted() {
            guard let path = explicit ?? Configuration.find(from: folder) else {
                byFolder[folder] = (Auditor(rules: rules), nil)
                continue
            }
            let configuration: Configuration
            if let known = loaded[path] {
                configuration = known
            } else {
                configuration = try Configuration.load(path: path, rules: rules)
                loaded[path] = configuration
            }
            byFolder[folder] = (Auditor(rules: rules, configuration: configuration), configuration.failOn)
        }
        configurationPaths = loaded.keys.sorted()
        fallback = byFolder[current] ?? (Auditor(rules: rules), nil)
        self.byFolder = byFolder
    }

    /// The auditor for the article read from `source`.
    func auditor(forSource source: String) -> Auditor {
        (byFolder[Self.folder(of: source)] ?? fallback).auditor
    }

    /// The `fail_on` of the configuration for the article read from `source`, if it sets one.
    func failOn(forSource source: String) -> FailThreshold? {
        (byFolder[Self.folder(of: source)] ?? fallback).failOn
    }

    /// The folder whose configuration applies to `source`: a file's folder, else the current one.
    static func folder(of source: String) -> String {
        guard source != "-", FileManager.default.fileExists(atPath: source) else {
            return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        }
        return URL(fileURLWithPath: source).standardizedFileURL.deletingLastPathComponent().path
    }
}
