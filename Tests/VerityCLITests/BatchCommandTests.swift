import Foundation
import Testing
import Verity

/// Runs the built `verity batch` as a user would and checks its files and exit statuses.
@Suite struct BatchCommandTests {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `verity` executable built next to the test bundle.
    static var executable: URL? {
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        for _ in 0..<4 {
            folder.deleteLastPathComponent()
            let candidate = folder.appendingPathComponent("verity")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    struct Run {
        var status: Int32
        var standardError: String
    }

    static func verity(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        guard let executable else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "verity"]) }
        process.executableURL = executable
        process.arguments = arguments + ["--rules", root.appendingPathComponent("Rules").path]
        process.currentDirectoryURL = root
        let errorPipe = Pipe()
        process.standardError = errorPipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let errors = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, standardError: String(decoding: errors, as: UTF8.self))
    }

    /// A folder of articles: two readable ones and, when `broken`, an empty file.
    static func articles(broken: Bool) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verity-batch-cli-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("""
            ---
            title: Ferry timetable
            outlet: The Harbour Post
            ---
            Critics say the new timetable allegedly cuts the late ferry. "It is a disgrace," said \
            Pia Holm, who chairs the island council.
            """.utf8).write(to: folder.appendingPathComponent("ferry.md"))
        try Data("The library opens at nine on weekdays and at ten on Saturdays.\n".utf8)
            .write(to: folder.appendingPathComponent("library.txt"))
        if broken { try Data().write(to: folder.appendingPathComponent("empty.txt")) }
        return folder
    }

    @Test func anUnreadableArticleIsAnErrorEntryAndExitsOne() throws {
        let input = try Self.articles(broken: true)
        let output = input.appendingPathComponent("out")
        defer { try? FileManager.default.removeItem(at: input) }
        let run = try Self.verity(["batch", input.path, "--output", output.path, "--jobs", "2"])
        #expect(run.status == 1, "\(run.standardError)")
        #expect(run.standardError.contains("empty.txt"))
        let summary = try JSONDecoder().decode(
            BatchSummary.self, from: Data(contentsOf: output.appendingPathComponent("summary.json")))
        #expect(summary.articles.map(\.id) == ["empty", "ferry", "library"])
        #expect(summary.errors.map(\.id) == ["empty"])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("articles/ferry.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("articles/library.json").path))
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("Could not be read") && index.contains("empty.txt"))
    }

    @Test func readableArticlesExitZeroAndARerunSkipsThem() throws {
        let input = try Self.articles(broken: false)
        let output = input.appendingPathComponent("out")
        // The output folder lies inside the input: its reports must not be read as articles.
        defer { try? FileManager.default.removeItem(at: input) }
        let first = try Self.verity(["batch", input.path, "--output", output.path, "--generated-at", "2026-01-01T00:00:00Z"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardError.contains("2 audited, 0 up to date"))
        let summary = try Data(contentsOf: output.appendingPathComponent("summary.json"))
        let second = try Self.verity(["batch", input.path, "--output", output.path, "--generated-at", "2026-01-01T00:00:00Z"])
        #expect(second.standardError.contains("0 audited, 2 up to date"))
        #expect(try Data(contentsOf: output.appendingPathComponent("summary.json")) == summary)
        let forced = try Self.verity(["batch", input.path, "--output", output.path, "--force"])
        #expect(forced.standardError.contains("2 audited, 0 up to date"))
    }

    @Test func theClockComesFromSourceDateEpochAndEveryFormatIsWritten() throws {
        let input = try Self.articles(broken: false)
        defer { try? FileManager.default.removeItem(at: input) }
        let output = input.appendingPathComponent("out")
        let run = try Self.verity(
            ["batch", input.path, "--output", output.path, "--formats", "sarif,text,json,html"],
            environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        #expect(run.status == 0, "\(run.standardError)")
        let summary = try JSONDecoder().decode(
            BatchSummary.self, from: Data(contentsOf: output.appendingPathComponent("summary.json")))
        #expect(summary.generatedAt == "2026-01-01T00:00:00Z")
        #expect(summary.formats == ["sarif", "text", "json", "html"])
        for name in ["ferry.sarif", "ferry.txt", "ferry.json", "ferry.html"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("articles/" + name).path), "\(name)")
        }
        let bad = try Self.verity(["batch", input.path, "--output", output.path], environment: ["SOURCE_DATE_EPOCH": "soon"])
        #expect(bad.status == 2)
    }

    @Test func findingsAtTheThresholdExitOne() throws {
        let input = try Self.articles(broken: false)
        defer { try? FileManager.default.removeItem(at: input) }
        let output = input.appendingPathComponent("out").path
        #expect(try Self.verity(["batch", input.path, "--output", output, "--fail-on", "info"]).status == 1)
        #expect(try Self.verity(["batch", input.path, "--output", output, "--fail-on", "never"]).status == 0)
    }

    @Test func aKilledBatchLeavesOnlyWholeReportsAndARerunCompletesIt() throws {
        let input = try Self.articles(broken: false)
        defer { try? FileManager.default.removeItem(at: input) }
        let many = input.appendingPathComponent("many")
        try FileManager.default.createDirectory(at: many, withIntermediateDirectories: true)
        for number in 0..<300 {
            let text = "Critics say plan \(number) allegedly failed, officials said on Monday.\n"
            try Data(text.utf8).write(to: many.appendingPathComponent("story-\(number).txt"))
        }
        let output = input.appendingPathComponent("out")
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["batch", many.path, "--output", output.path, "--jobs", "2",
                             "--rules", Self.root.appendingPathComponent("Rules").path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(400_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let reports = output.appendingPathComponent("articles")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? [] {
            let data = try Data(contentsOf: reports.appendingPathComponent(name))
            if name.hasSuffix(".json") {
                #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(name) is whole JSON")
            } else if name.hasSuffix(".html") {
                #expect(String(decoding: data, as: UTF8.self).hasSuffix("</html>\n"), "\(name) is a whole page")
            }
        }
        let rerun = try Self.verity(["batch", many.path, "--output", output.path])
        #expect(rerun.status == 0, "\(rerun.standardError)")
        let files = BatchFixtureFiles.all(under: output)
        #expect(files.filter { $0.hasPrefix("articles/") }.count == 600)
        #expect(files.allSatisfy { !$0.contains(".verity-tmp-") })
    }

    @Test func eachArticleUsesTheConfigurationOfItsFolder() throws {
        let input = try Self.articles(broken: false)
        defer { try? FileManager.default.removeItem(at: input) }
        let strict = input.appendingPathComponent("strict")
        try FileManager.default.createDirectory(at: strict, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: input.appendingPathComponent("ferry.md"), to: strict.appendingPathComponent("ferry.md"))
        let output = input.appendingPathComponent("out").path
        #expect(try Self.verity(["batch", input.path, "--output", output]).status == 0)
        try Data("fail_on: info\n".utf8).write(to: strict.appendingPathComponent(".verity.yml"))
        let failing = try Self.verity(["batch", input.path, "--output", output])
        #expect(failing.status == 1, "fail_on of strict/.verity.yml applies to strict/ferry.md")
        try Data("fail_on: sometimes\n".utf8).write(to: strict.appendingPathComponent(".verity.yml"))
        let broken = try Self.verity(["batch", input.path, "--output", output])
        #expect(broken.status == 2)
        #expect(broken.standardError.contains(".verity.yml"))
    }

    @Test(arguments: [
        ["--jobs", "0"], ["--formats", "html,pdf"], ["--formats", ""], ["--fail-on", "sometimes"],
        ["--generated-at", "yesterday"],
    ])
    func anUnusableInvocationExitsTwo(_ extra: [String]) throws {
        let input = try Self.articles(broken: false)
        defer { try? FileManager.default.removeItem(at: input) }
        let run = try Self.verity(["batch", input.path, "--output", input.appendingPathComponent("out").path] + extra)
        #expect(run.status == 2, "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: input.appendingPathComponent("out").path))
    }

    @Test func aMissingInputOrAnOutputThatIsAFileExitsTwo() throws {
        let input = try Self.articles(broken: false)
        defer { try? FileManager.default.removeItem(at: input) }
        let missing = try Self.verity(["batch", input.appendingPathComponent("nope").path, "--output", input.appendingPathComponent("o").path])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("nope"))
        let file = input.appendingPathComponent("library.txt").path
        let blocked = try Self.verity(["batch", input.path, "--output", file])
        #expect(blocked.status == 2, "\(blocked.standardError)")
        #expect(blocked.standardError.contains("library.txt"))
    }
}

/// Every file under a folder, as relative paths.
enum BatchFixtureFiles {
    static func all(under folder: URL) -> [String] {
        let root = folder.resolvingSymlinksInPath().path
        let enumerator = FileManager.default.enumerator(atPath: root)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}
