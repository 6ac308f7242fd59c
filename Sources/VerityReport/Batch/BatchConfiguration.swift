import Foundation
import VerityCore

/// How a batch runs: where reports go, in which formats, with how many workers.
public struct BatchConfiguration: Sendable {
    /// The folder that receives `index.html`, `summary.json` and `articles/`.
    public var outputDirectory: URL
    /// Formats written for every article, in this order; no duplicates.
    public var formats: [ReportFormat]
    /// Articles audited at the same time; at least 1.
    public var jobs: Int
    /// Redo every article even when its reports are up to date.
    public var force: Bool
    /// Digest of everything besides the article that shapes a report: tool version, rules, config.
    public var fingerprint: String
    /// Version and clock written into reports, the index and the summary.
    public var context: ReportContext
    /// Flush each file to disk before it replaces the old one (safe across power cuts, slower).
    public var durable: Bool
    /// The rules that may report, by id: the index shows their titles and families.
    public var rules: [String: RuleInfo]

    public init(
        outputDirectory: URL, formats: [ReportFormat], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        force: Bool = false, fingerprint: String, context: ReportContext, durable: Bool = false,
        rules: [String: RuleInfo] = [:]
    ) {
        self.outputDirectory = outputDirectory
        var seen: Set<ReportFormat> = []
        self.formats = formats.filter { seen.insert($0).inserted }
        self.jobs = max(1, jobs)
        self.force = force
        self.fingerprint = fingerprint
        self.context = context
        self.durable = durable
        self.rules = rules
    }

    /// The folder holding the per-article reports.
    public var articlesDirectory: URL { outputDirectory.appendingPathComponent(BatchLayout.articles) }
    /// The folder holding each article's entry, used to skip up-to-date articles on a rerun.
    public var stateDirectory: URL { outputDirectory.appendingPathComponent(BatchLayout.state) }
}

/// Names of the files and folders a batch writes inside its output folder.
public enum BatchLayout {
    /// The per-article reports folder.
    public static let articles = "articles"
    /// The folder of per-article entries (hidden: bookkeeping, not for readers).
    public static let state = ".verity-state"
    /// The overview page.
    public static let index = "index.html"
    /// The machine-readable summary.
    public static let summary = "summary.json"
}
