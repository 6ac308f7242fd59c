import Foundation
import Verity

/// Picks the configuration for each article: `--config` when given, else the nearest
/// `.verity.yml` from the article's folder upwards (the current folder for JSON Lines and
/// standard input), each file loaded once.
struct ConfigurationFinder {
    let rules: RuleSet
    let explicit: String?
    private var loaded: [String: Configuration] = [:]

    init(rules: RuleSet, explicit: String?) {
        self.rules = rules
        self.explicit = explicit
    }

    /// The configuration for one article.
    mutating func configuration(for item: ArticleInput.Item, document: Document) throws(RuleLoadError) -> Configuration {
        let path = explicit ?? Configuration.find(from: folder(of: item))
        guard let path else { return Configuration() }
        if let configuration = loaded[path] { return configuration }
        let configuration = try Configuration.load(path: path, rules: rules)
        loaded[path] = configuration
        return configuration
    }

    private func folder(of item: ArticleInput.Item) -> String {
        let current = FileManager.default.currentDirectoryPath
        guard item.source != "-", FileManager.default.fileExists(atPath: item.source) else { return current }
        return URL(fileURLWithPath: item.source).deletingLastPathComponent().path
    }
}
