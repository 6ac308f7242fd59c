import ArgumentParser
import Foundation

/// `verity`: checks the quotes and claims of news articles.
@main
struct VerityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verity",
        abstract: "Verify the quotes and claims in news articles.",
        version: "0.1.0",
        subcommands: [
            ReadCommand.self,
            QuotesCommand.self,
            AuditCommand.self,
            BatchCommand.self,
            RulesCommand.self,
            ClaimsCommand.self,
            ClassifyCommand.self,
        ]
    )

    /// Runs the command line, mapping argument-parser's usage status (64) to Verity's status for
    /// unusable input or configuration (2), so scripts see one status for "cannot run this".
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            guard code == .validationFailure else { exit(withError: error) }
            StandardStreams.error(fullMessage(for: error))
            Foundation.exit(ExitStatus.unusableInput.rawValue)
        }
    }
}
