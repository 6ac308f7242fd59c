import Foundation

/// The output folder of a batch: made ready before the articles, completed and tidied after.
struct BatchOutput {
    var configuration: BatchConfiguration

    /// Creates the folders, removes temporary files an interrupted run left, and returns the
    /// summary of the previous run into this folder, if there is one.
    ///
    /// Refuses a folder that holds other files and no `summary.json`: it is not a batch's output,
    /// and writing `index.html` into it could replace a file of the user's.
    func prepare() throws -> BatchSummary? {
        try checkIsBatchFolder()
        let folders = [configuration.outputDirectory, configuration.articlesDirectory, configuration.stateDirectory]
        for folder in folders {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw AtomicFile.WriteError(path: folder.path, reason: "cannot create the folder")
            }
            AtomicFile.removeLeftovers(in: folder)
        }
        let summaryURL = configuration.outputDirectory.appendingPathComponent(BatchLayout.summary)
        guard let data = try? Data(contentsOf: summaryURL) else { return nil }
        return try? JSONDecoder().decode(BatchSummary.self, from: data)
    }

    /// Writes `summary.json` and `index.html`, then deletes reports and entries of the previous
    /// run that this run did not produce, so the folder holds exactly this run's output.
    func finish(_ outcome: BatchOutcome, previous: BatchSummary?) throws {
        let summary = BatchSummary(entries: outcome.entries, configuration: configuration)
        let output = configuration.outputDirectory
        let durable = configuration.durable
        try AtomicFile.write(
            try BatchJSON.encode(summary), to: output.appendingPathComponent(BatchLayout.summary), durable: durable)
        let page = BatchIndexPage(summary: summary, rules: configuration.rules).render()
        try AtomicFile.write(Data(page.utf8), to: output.appendingPathComponent(BatchLayout.index), durable: durable)
        prune(keeping: outcome.entries, previous: previous)
    }

    private func checkIsBatchFolder() throws {
        let output = configuration.outputDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        let ours: Set<String> = [BatchLayout.articles, BatchLayout.index, BatchLayout.summary]
        let others = names.filter { !$0.hasPrefix(".") && !ours.contains($0) }
        guard !others.isEmpty, !names.contains(BatchLayout.summary) else { return }
        throw AtomicFile.WriteError(
            path: output.path,
            reason: "the folder holds other files (\(others.sorted().prefix(3).joined(separator: ", "))) and no "
                + "\(BatchLayout.summary); give an empty or new folder, or one an earlier batch wrote")
    }

    private func prune(keeping entries: [BatchEntry], previous: BatchSummary?) {
        let current = Set(entries.flatMap { $0.reports.values })
        for path in previous?.articles.flatMap({ $0.reports.values }) ?? [] where !current.contains(path) {
            guard path.hasPrefix(BatchLayout.articles + "/"), !path.contains("..") else { continue }
            try? FileManager.default.removeItem(at: configuration.outputDirectory.appendingPathComponent(path))
        }
        let stems = Set(current.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension })
        let states = (try? FileManager.default.contentsOfDirectory(atPath: configuration.stateDirectory.path)) ?? []
        for name in states where name.hasSuffix(".json") && !stems.contains(String(name.dropLast(5))) {
            try? FileManager.default.removeItem(at: configuration.stateDirectory.appendingPathComponent(name))
        }
    }
}
