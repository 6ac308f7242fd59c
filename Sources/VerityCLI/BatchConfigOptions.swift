import ArgumentParser
import Foundation
import Verity

/// The configuration file `verity batch` uses: one for the whole batch, whose per-path overrides
/// then select by article path.
struct BatchConfigOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The configuration file (default: the nearest .verity.yml from the first input's folder up).",
        valueName: "file"))
    var config: String?

    /// The configuration file to use, if any: `--config`, else the nearest `.verity.yml` above the
    /// first input (a directory itself, a file's folder, the current folder for standard input).
    func configurationPath(for input: ArticleInputOptions) -> String? {
        if let config { return config }
        let first = input.jsonLines ?? input.files.first ?? "-"
        guard first != "-" else { return Configuration.find(from: FileManager.default.currentDirectoryPath) }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: first, isDirectory: &isDirectory)
        let folder = exists && isDirectory.boolValue ? first : (first as NSString).deletingLastPathComponent
        return Configuration.find(from: folder.isEmpty ? "." : folder)
    }
}
