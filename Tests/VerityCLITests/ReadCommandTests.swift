import Foundation
import Testing

@Suite struct ReadCommandTests {
    /// Runs `verity` with `input` on standard input; standard input and error go through files
    /// in the scratch folder, so no pipe can fill up while the test waits.
    private func run(_ arguments: [String], in directory: URL, input: Data = Data()) throws -> VerityProcess.Run {
        let inputURL = directory.appendingPathComponent(".stdin")
        let errorURL = directory.appendingPathComponent(".stderr")
        try input.write(to: inputURL)
        try Data().write(to: errorURL)
        let process = Process()
        process.executableURL = VerityProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = try FileHandle(forReadingFrom: inputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return VerityProcess.Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: try String(contentsOf: errorURL, encoding: .utf8))
    }

    private func records(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func jsonHasOneSortedLinePerArticleWithMetadataBodyAndBlocks() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("""
            ---
            title: Ça commence
            author: [Jane Doe, Ali Reza]
            outlet: The Ledger
            date: 2025-07-21
            url: https://ledger.example/a
            ---
            # Ça commence

            Le “maire” 🙂 a *parlé*.

            ## Suite

            - un point
            """, to: "news/story.md")
        let result = try run(["read", "--format", "json", "news/story.md"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        let line = try #require(result.output.split(separator: "\n").first)
        #expect(line.hasPrefix(#"{"author":"Jane Doe and Ali Reza","authors":["Jane Doe","Ali Reza"],"blocks":["#))
        let record = try #require(try records(result.output).first)
        #expect(record["id"] as? String == "story")
        #expect(record["title"] as? String == "Ça commence")
        #expect(record["date"] as? String == "2025-07-21")
        #expect(record["outlet"] as? String == "The Ledger")
        #expect(record["url"] as? String == "https://ledger.example/a")
        #expect(record["language"] is NSNull)
        let body = try #require(record["body"] as? String)
        #expect(body == "Le “maire” 🙂 a parlé.\n\nSuite\n\nun point")
        let blocks = try #require(record["blocks"] as? [[String: Any]])
        // Offsets count Unicode scalars: the emoji is one, not two UTF-16 units.
        #expect(blocks.map { $0["kind"] as? String } == ["paragraph", "heading", "list_item"])
        #expect(blocks.map { $0["start"] as? Int } == [0, 23, 30])
        #expect(blocks.map { $0["end"] as? Int } == [21, 28, 38])
    }

    @Test func textShowsMetadataThenBody() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("---\ntitle: Harbour plan\nauthor: Sam Smith\n---\nThe council voted.", to: "a.txt")
        let result = try run(["read", "a.txt"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.output == "=== a (a.txt) ===\nTitle: Harbour plan\nBy: Sam Smith\n\nThe council voted.\n")
    }

    @Test func badInputsGiveErrorRecordsMessagesAndExitStatusTwo() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("Good article.", to: "good.txt")
        try scratch.write("", to: "empty.txt")
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("folder"), withIntermediateDirectories: true)
        let result = try run(["read", "--format", "json", "missing.html", "empty.txt", "folder", "good.txt"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.error == """
            missing.html: error: no such file or directory
            empty.txt: error: file is empty
            folder: error: directory holds no article files (.html, .htm, .txt, .md, .markdown)

            """)
        let lines = try records(result.output)
        #expect(lines.map { $0["id"] as? String } == ["missing", "empty", "folder", "good"])
        #expect(lines[0]["error"] as? String == "missing.html: error: no such file or directory")
        #expect(lines[3]["body"] as? String == "Good article.")
    }

    @Test func jsonLinesFromStandardInputKeepIDsAndReportBadLines() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let input = """
            {"id": "a1", "text": "First.", "outlet": "Wire"}
            {not json
            {"id": "a3", "markdown": "Third *one*."}

            """
        let result = try run(["read", "--format", "json", "--jsonl", "-"], in: scratch.url, input: Data(input.utf8))
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("<stdin>:2: error: line is not a JSON object (invalid JSON"))
        let lines = try records(result.output)
        #expect(lines.map { $0["id"] as? String } == ["a1", "stdin-2", "a3"])
        #expect(lines[0]["outlet"] as? String == "Wire")
        #expect(lines[2]["body"] as? String == "Third one.")
    }

    @Test func anArticleOnStandardInputIsSniffed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = try run(["read", "-"], in: scratch.url, input: Data("# Head\n\nBody **text**.\n".utf8))
        #expect(result.status == 0)
        #expect(result.output == "=== stdin (-) ===\nTitle: Head\n\nBody text.\n")
    }

    @Test(arguments: [[String](), ["a.txt", "--jsonl", "b.jsonl"], ["-", "-"], ["a.txt", "--no-such-option"]])
    func inputOptionsAreValidatedWithStatusTwo(arguments: [String]) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let result = try run(["read"] + arguments, in: scratch.url)
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("Error:"))
    }
}
