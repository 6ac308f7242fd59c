import ArgumentParser
import Foundation
import Verity

/// `verity audit`: runs the rules over articles and writes a report.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check articles against the rules and report what is not yet verified.",
        discussion: """
            Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 when an article, \
            the rules, the configuration or the baseline cannot be used. Configuration comes from \
            --config, else the nearest .verity.yml in the article's folder or above it.
            """)

    @OptionGroup var input: ArticleInputOptions

    @Option(help: "Report format: text, json, html or sarif.")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding reaches this level: info, warning, error or never (default: the configuration's fail_on, else error).")
    var failOn: FailThreshold?

    @Option(help: ArgumentHelp("Use this configuration file instead of looking for .verity.yml.", valueName: "file"))
    var config: String?

    @OptionGroup var rules: RulesOptions

    @Option(help: ArgumentHelp("Do not report findings accepted in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Accept every current finding: write them to this baseline file.", valueName: "file"))
    var writeBaseline: String?

    func validate() throws {
        if baseline != nil, writeBaseline != nil {
            throw ValidationError("Give either --baseline or --write-baseline, not both.")
        }
    }

    func run() async throws {
        let ruleSet = try rules.load()
        var configurations = ConfigurationFinder(rules: ruleSet, explicit: config)
        var accepted: Baseline?
        if let baseline { accepted = try orExit { () throws(RuleLoadError) in try Baseline.load(path: baseline) } }
        var jobs: [AuditJob] = []
        var unusable = 0
        for item in input.articles {
            switch item.result {
            case .failure(let error):
                unusable += 1
                StandardStreams.report(error)
            case .success(let document):
                let configuration = try orExit { () throws(RuleLoadError) in
                    try configurations.configuration(for: item, document: document)
                }
                let auditor = Auditor(rules: ruleSet, configuration: configuration, baseline: accepted)
                jobs.append(AuditJob(document: document, auditor: auditor, failOn: failOn ?? configuration.failOn ?? .level(.error)))
            }
        }
        let results = await AuditJob.run(jobs)
        let failed = zip(jobs, results).contains { $0.failOn.isReached(by: $1.findings) }
        if let writeBaseline {
            try write(Baseline(results: results).encoded(), to: writeBaseline)
            StandardStreams.error("verity: accepted \(results.reduce(0) { $0 + $1.findings.count }) findings in \(writeBaseline)")
        }
        try writeReport(results)
        if unusable > 0 { throw ExitStatus.unusableInput }
        if failed, writeBaseline == nil { throw ExitStatus.findings }
    }

    private func writeReport(_ results: [AuditResult]) throws {
        let useColor = format == .text && output == nil && isatty(STDOUT_FILENO) == 1
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let context = ReportContext(
            toolVersion: VerityCommand.configuration.version, generatedAt: Self.timestamp(), useColor: useColor)
        let report = format.reporter.render(results, context: context)
        if let output {
            try write(Data(report.utf8), to: output)
        } else {
            FileHandle.standardOutput.write(Data(report.utf8))
        }
    }

    private func write(_ data: Data, to path: String) throws {
        do { try data.write(to: URL(fileURLWithPath: path)) } catch {
            StandardStreams.error("\(path): error: cannot write: \(error.localizedDescription)")
            throw ExitStatus.unusableInput
        }
    }

    /// The report time: `SOURCE_DATE_EPOCH` when set (reproducible builds), else now; ISO 8601.
    static func timestamp() -> String {
        let environment = ProcessInfo.processInfo.environment
        let date = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
        return ISO8601DateFormatter().string(from: date)
    }
}

/// Runs `body`; a configuration or baseline error is printed in compiler style and exits with 2.
func orExit<Value>(_ body: () throws(RuleLoadError) -> Value) throws -> Value {
    do {
        return try body()
    } catch {
        StandardStreams.error(error.description)
        throw ExitStatus.unusableInput
    }
}

extension FailThreshold: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(name: argument)
    }

    public static var allValueStrings: [String] { ["info", "warning", "error", "never"] }
}

extension ReportFormat: ExpressibleByArgument {}
