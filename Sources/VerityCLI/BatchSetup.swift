import Foundation
import Verity

/// Everything `verity batch` prepares before the first article: rules, configuration, the
/// fingerprint that decides which reports are up to date, and the batch itself.
struct BatchSetup {
    /// The batch, ready to run.
    let batch: Batch
    /// Each article's auditor and configured `fail_on`.
    let auditors: BatchAuditors

    /// Loads rules and the configurations of the articles in `folders`; throws a message naming
    /// the file when one cannot be used.
    init(command: BatchCommand, folders: Set<String>) throws {
        let current = FileManager.default.currentDirectoryPath
        guard let rulesDirectory = RuleLocator.directory(explicit: command.rules.directory, currentDirectory: current)
        else { throw SetupError(message: "verity: error: no Rules/ directory found; pass --rules DIR") }
        let rules: RuleSet
        do {
            rules = try RuleSet.load(directory: rulesDirectory)
        } catch {
            throw SetupError(message: error.description)
        }
        let auditors: BatchAuditors
        do {
            auditors = try BatchAuditors(rules: rules, explicit: command.config, folders: folders)
        } catch {
            throw SetupError(message: error.description)
        }
        self.auditors = auditors
        let version = VerityCommand.configuration.version
        let context = ReportContext(toolVersion: version, generatedAt: try Self.generatedAt(command.generatedAt))
        let fingerprint = Self.fingerprint(
            version: version, rulesDirectory: rulesDirectory, configurationPaths: auditors.configurationPaths)
        let batchConfiguration = BatchConfiguration(
            outputDirectory: URL(fileURLWithPath: command.output), formats: try command.reportFormats(),
            jobs: command.jobs ?? ProcessInfo.processInfo.activeProcessorCount, force: command.force,
            fingerprint: fingerprint, context: context, rules: rules.infos)
        batch = Batch(
            configuration: batchConfiguration, audit: { auditors.auditor(forSource: $0.source).audit($0) },
            render: { format, result, context in format.reporter.render([result], context: context) })
    }

    /// `explicit`, else `SOURCE_DATE_EPOCH` (seconds since 1970), else now; ISO 8601 in UTC.
    static func generatedAt(_ explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws -> String
    {
        if let explicit { return explicit }
        let formatter = ISO8601DateFormatter()
        guard let epoch = environment["SOURCE_DATE_EPOCH"] else { return formatter.string(from: Date()) }
        guard let seconds = Int(epoch) else {
            throw SetupError(message: "verity batch: error: SOURCE_DATE_EPOCH must be whole seconds, not '\(epoch)'")
        }
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// A digest of the version and of every rule and configuration file's path and bytes.
    static func fingerprint(version: String, rulesDirectory: String, configurationPaths: [String]) -> String {
        var digest = ContentDigest()
        digest.update(field: version)
        let root = URL(fileURLWithPath: rulesDirectory)
        let walker = FileManager.default.enumerator(atPath: rulesDirectory)
        var files: [String] = []
        while let relative = walker?.nextObject() as? String { files.append(relative) }
        for relative in files.sorted() {
            guard let data = try? Data(contentsOf: root.appendingPathComponent(relative)) else { continue }
            digest.update(field: relative)
            digest.update(data)
        }
        for path in configurationPaths {
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else { continue }
            digest.update(field: "configuration")
            digest.update(data)
        }
        return digest.hexDigest()
    }
}

/// A setup problem, already worded as the message to print.
struct SetupError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
