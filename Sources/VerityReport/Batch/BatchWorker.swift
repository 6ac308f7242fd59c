import Foundation
import VerityCore

/// Audits one article of a batch and writes its reports, or finds them up to date and skips it.
struct BatchWorker: Sendable {
    /// What happened to one article.
    enum Disposition: Sendable {
        case audited, skipped, failed
    }

    var configuration: BatchConfiguration
    var audit: Batch.Audit
    var render: Batch.Render

    /// Reads, audits and reports `article` under the file stem `stem`; throws only on output I/O.
    func process(_ article: BatchArticle, stem: String) throws -> (BatchEntry, Disposition) {
        let document: Document
        switch article.load() {
        case .failure(let failure):
            try? FileManager.default.removeItem(at: stateURL(stem))
            return (BatchEntry(failedID: article.id, source: article.source, error: failure.message), .failed)
        case .success(let read):
            document = read
        }
        var digest = ContentDigest()
        digest.update(field: configuration.fingerprint)
        digest.update(document: document)
        let fingerprint = digest.hexDigest()
        let reports = Dictionary(
            uniqueKeysWithValues: configuration.formats.map {
                ($0.rawValue, BatchLayout.articles + "/" + stem + "." + $0.fileExtension)
            })
        if !configuration.force, let entry = try upToDateEntry(article, stem, fingerprint, reports) {
            return (entry, .skipped)
        }
        let result = audit(document)
        for format in configuration.formats {
            let text = render(format, result, configuration.context)
            try AtomicFile.write(Data(text.utf8), to: url(of: format, stem), durable: configuration.durable)
        }
        var entry = BatchEntry(result: result, reports: reports, fingerprint: fingerprint)
        entry.id = article.id
        entry.source = article.source
        try writeState(entry, stem)
        return (entry, .audited)
    }

    /// The entry recorded last time, when it was made from the same input, tool and rules and
    /// every report asked for is still on disk.
    private func upToDateEntry(
        _ article: BatchArticle, _ stem: String, _ fingerprint: String, _ reports: [String: String]
    ) throws -> BatchEntry? {
        guard let data = try? Data(contentsOf: stateURL(stem)),
            var entry = try? JSONDecoder().decode(BatchEntry.self, from: data),
            entry.status == .audited, entry.fingerprint == fingerprint, entry.id == article.id,
            entry.source == article.source
        else { return nil }
        for (format, path) in reports {
            let onDisk = configuration.outputDirectory.appendingPathComponent(path).path
            guard entry.reports[format] == path, FileManager.default.fileExists(atPath: onDisk) else { return nil }
        }
        if entry.reports != reports {
            entry.reports = reports
            try writeState(entry, stem)
        }
        return entry
    }

    private func writeState(_ entry: BatchEntry, _ stem: String) throws {
        try AtomicFile.write(try BatchJSON.encode(entry), to: stateURL(stem), durable: configuration.durable)
    }

    private func url(of format: ReportFormat, _ stem: String) -> URL {
        configuration.articlesDirectory.appendingPathComponent(stem + "." + format.fileExtension)
    }

    func stateURL(_ stem: String) -> URL {
        configuration.stateDirectory.appendingPathComponent(stem + ".json")
    }
}
