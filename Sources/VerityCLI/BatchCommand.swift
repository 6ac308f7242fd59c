import ArgumentParser
import Foundation
import Verity

/// `verity batch`: audits many articles on every core and writes one report per article and
/// format, plus `index.html` and `summary.json`, into an output folder.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Audit many articles in parallel: a report per article, index.html and summary.json.",
        discussion: """
            Reports go to OUTPUT/articles/ under names derived from the article ids (sanitised: \
            nothing is written outside OUTPUT). A rerun skips articles whose reports are up to \
            date (same input, Verity version, rules and configuration); --force redoes them. \
            Every file is written atomically, so an interrupted batch leaves no half-written report. \
            A progress bar is drawn on standard error when it is a terminal. \
            The reports' time is --generated-at, else SOURCE_DATE_EPOCH, else now.

            Exit status: 0 when every article was read and no finding reaches --fail-on; 1 when \
            an article could not be read (it gets an error entry in the index and the summary) or \
            a finding reaches --fail-on (default: the configuration's fail_on, else never); 2 when \
            the invocation, the rules, the configuration or the output folder cannot be used.
            """)

    @OptionGroup var input: ArticleInputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder that receives the reports.", valueName: "dir"))
    var output: String

    @Option(name: .shortAndLong, help: "Articles audited at the same time (default: all cores).")
    var jobs: Int?

    @Option(help: ArgumentHelp("Report formats, comma-separated: html, json, sarif, text.", valueName: "list"))
    var formats: String = "html,json"

    @Flag(help: "Redo every article, even when its reports are up to date.")
    var force = false

    @OptionGroup var rules: RulesOptions

    @Option(help: ArgumentHelp(
        "The configuration file (default: the nearest .verity.yml from each article's folder up).",
        valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("Exit 1 when a finding reaches this level: info, warning, error or never.", valueName: "level"))
    var failOn: String?

    @Option(help: ArgumentHelp("The time reports claim to be made, ISO 8601 (for reproducible output).", valueName: "time"))
    var generatedAt: String?

    /// Checks the options; a problem is printed and ends the command with status 2.
    private func checkOptions() throws {
        var problems: [String] = []
        if let jobs, jobs < 1 { problems.append("--jobs must be at least 1") }
        do { _ = try reportFormats() } catch { problems.append(String(describing: error)) }
        if let failOn, FailThreshold(name: failOn) == nil {
            problems.append("--fail-on must be info, warning, error or never, not '\(failOn)'")
        }
        if let generatedAt, ISO8601DateFormatter().date(from: generatedAt) == nil {
            problems.append("--generated-at must be an ISO 8601 time such as 2026-03-02T09:00:00Z, not '\(generatedAt)'")
        }
        let paths = input.jsonLines.map { [$0] } ?? input.files
        for path in paths where path != "-" && !FileManager.default.fileExists(atPath: path) {
            problems.append("\(path): no such file or directory")
        }
        guard problems.isEmpty else {
            for problem in problems { StandardStreams.error("verity batch: error: \(problem)") }
            throw ExitStatus.unusableInput
        }
    }

    /// The input's articles, less any file inside the output folder (earlier reports are not
    /// articles), and the folders they are in (empty for JSON Lines, read as the batch goes).
    private func articles() -> (items: AnySequence<ArticleInput.DeferredItem>, total: Int?, folders: Set<String>) {
        let (items, total) = input.articles.deferredItems()
        guard total != nil else { return (items, nil, []) }
        let outputPath = URL(fileURLWithPath: output).standardizedFileURL.path + "/"
        let kept = items.filter { !URL(fileURLWithPath: $0.source).standardizedFileURL.path.hasPrefix(outputPath) }
        return (AnySequence(kept), kept.count, Set(kept.map { BatchAuditors.folder(of: $0.source) }))
    }

    func run() async throws {
        try checkOptions()
        let (items, total, folders) = articles()
        let setup: BatchSetup
        do {
            setup = try BatchSetup(command: self, folders: folders)
        } catch {
            StandardStreams.error(String(describing: error))
            throw ExitStatus.unusableInput
        }
        var display = ProgressDisplay()
        let outcome: BatchOutcome
        do {
            outcome = try await setup.batch.run(items.lazy.map(BatchArticle.init), expectedTotal: total) {
                display.update($0)
            }
        } catch {
            display.finish()
            StandardStreams.error(String(describing: error))
            throw ExitStatus.unusableInput
        }
        display.finish()
        try finish(outcome, setup: setup)
    }

    /// Reports unreadable articles and the totals on standard error, and picks the exit status.
    private func finish(_ outcome: BatchOutcome, setup: BatchSetup) throws {
        for entry in outcome.entries where entry.status == .failed {
            StandardStreams.error(entry.error ?? "\(entry.source): error: cannot be read")
        }
        let findings = outcome.entries.reduce(0) { $0 + $1.findings }
        let index = URL(fileURLWithPath: output).appendingPathComponent(BatchLayout.index).path
        StandardStreams.error(
            "verity batch: \(outcome.entries.count) articles: \(outcome.audited) audited, \(outcome.skipped) up to date, "
                + "\(outcome.failed) could not be read; \(findings) findings; see \(index)")
        if outcome.failed > 0 { throw ExitStatus.findings }
        let explicit = failOn.flatMap(FailThreshold.init(name:))
        let failing = outcome.entries.contains { entry in
            let threshold = explicit ?? setup.auditors.failOn(forSource: entry.source) ?? .never
            guard case .level(let level) = threshold else { return false }
            return Level.allCases.contains { $0 >= level && (entry.levels[$0.rawValue] ?? 0) > 0 }
        }
        if failing { throw ExitStatus.findings }
    }

    /// The formats asked for, in order, without duplicates.
    func reportFormats() throws -> [ReportFormat] {
        let names = formats.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !names.isEmpty else { throw SetupError(message: "--formats needs at least one format") }
        return try names.map { name in
            guard let format = ReportFormat(rawValue: name) else {
                throw SetupError(message: "unknown report format '\(name)'; use html, json, sarif or text")
            }
            return format
        }
    }
}
