import Foundation

/// Finds the rules directory a command should load.
public enum RuleLocator {
    /// The directory name rule sets live in.
    public static let folderName = "Rules"

    /// `explicit` when given; else a `Rules/` folder in `currentDirectory` or above it; else one
    /// next to the running executable or above it; else the rules bundled with Verity.
    public static func directory(explicit: String?, currentDirectory: String) -> String? {
        if let explicit { return explicit }
        if let found = search(upwardsFrom: currentDirectory) {
            return relative(found, to: currentDirectory)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        if let found = search(upwardsFrom: executable.deletingLastPathComponent().path) { return found }
        return bundledDirectory()
    }

    /// The default rules copied into Verity's resource bundle next to the executable, if present.
    public static func bundledDirectory() -> String? {
        let bundle = Bundle.main.bundleURL.appendingPathComponent("Verity_VerityRules.resources")
            .appendingPathComponent(folderName).path
        return containsRules(bundle) ? bundle : nil
    }

    private static func search(upwardsFrom directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(folderName).path
            if containsRules(candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    /// Whether `path` is a folder with at least one `.yml` file in a family folder.
    private static func containsRules(_ path: String) -> Bool {
        let root = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return false }
        while let item = enumerator.nextObject() as? String {
            if item.hasSuffix(".yml") { return true }
        }
        return false
    }

    private static func relative(_ path: String, to directory: String) -> String {
        let base = URL(fileURLWithPath: directory).standardizedFileURL.path
        guard path.hasPrefix(base + "/") else { return path }
        return String(path.dropFirst(base.count + 1))
    }
}
