import ArgumentParser
import Foundation
import Verity

/// `verity rules`: lists, explains and tests the rule set.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, explain and test the rules.",
        subcommands: [RulesListCommand.self, RulesExplainCommand.self, RulesTestCommand.self]
    )
}

/// The `--rules DIR` option shared by commands that load rules.
struct RulesOptions: ParsableArguments {
    @Option(
        name: .customLong("rules"),
        help: ArgumentHelp("The rules directory (default: Rules/ here or above, else the bundled rules).", valueName: "dir"))
    var directory: String?

    /// Loads the rule set, printing every problem and exiting with status 2 when there are any.
    func load() throws -> RuleSet {
        let current = FileManager.default.currentDirectoryPath
        guard let directory = RuleLocator.directory(explicit: directory, currentDirectory: current) else {
            FileHandle.standardError.write(Data("verity: error: no Rules/ directory found; pass --rules DIR\n".utf8))
            throw ExitCode(2)
        }
        do {
            return try RuleSet.load(directory: directory)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
    }
}

/// `verity rules list`.
struct RulesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the rules: id, level, family, title.")

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let set = try rules.load()
        let rows = set.rules.map { [$0.id, $0.info.level.rawValue, $0.info.family, $0.info.title + ($0.isOptIn ? " (opt-in)" : "")] }
            + BuiltinRule.allCases.map { [$0.rawValue, $0.level.rawValue, BuiltinRule.family, $0.info.title + " (built in)"] }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let padded = (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
            print((padded + [row[3]]).joined(separator: "  "))
        }
    }
}

/// `verity rules explain ID`.
struct RulesExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain one rule, with its examples.")

    @Argument(help: "The rule id, e.g. anonymous-source.")
    var id: String

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let set = try rules.load()
        if let builtin = BuiltinRule(rawValue: id) {
            print(RuleExplanation(info: builtin.info).text)
            return
        }
        guard let rule = set.rule(id: id) else {
            FileHandle.standardError.write(Data("verity: error: no rule '\(id)'; see 'verity rules list'\n".utf8))
            throw ExitCode(2)
        }
        print(RuleExplanation(rule: rule).text)
    }
}

/// `verity rules test`.
struct RulesTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test", abstract: "Run every rule example, plain and behind a multi-byte prefix.")

    @OptionGroup var rules: RulesOptions

    @Flag(name: .shortAndLong, help: "Print every example run, not one line per rule.")
    var verbose = false

    func run() throws {
        let set = try rules.load()
        var failed = 0
        var total = 0
        for rule in set.rules {
            let outcomes = ExampleRunner().run(rule, in: set)
            let failures = outcomes.filter { !$0.passed }
            total += outcomes.count
            failed += failures.count
            if verbose {
                outcomes.forEach { print($0.summary) }
            } else {
                print("\(failures.isEmpty ? "pass" : "FAIL") \(rule.id): \(outcomes.count - failures.count) of \(outcomes.count) example runs")
                failures.forEach { print("  " + $0.summary) }
            }
        }
        print("\(total - failed) of \(total) example runs passed (\(set.rules.count) rules)")
        if failed > 0 { throw ExitCode(1) }
    }
}
