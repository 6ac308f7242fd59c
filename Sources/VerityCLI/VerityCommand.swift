import ArgumentParser

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
}
