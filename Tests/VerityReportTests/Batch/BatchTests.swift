import Foundation
import Testing
import VerityCore
@testable import VerityReport

@Suite struct BatchTests {
    static let articles = [
        BatchFixture.article(id: "calm", text: "Nothing to see here.", outlet: "Daily"),
        BatchFixture.failing(id: "broken"),
        BatchFixture.article(id: "busy", text: "It was allegedly a secret, allegedly, allegedly.", outlet: "Weekly"),
        BatchFixture.article(id: "mild", text: "A secret was kept.", outlet: "Daily"),
    ]

    @Test func writesReportsIndexAndSummaryWithErrorEntries() async throws {
        let output = try BatchFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let outcome = try await BatchFixture.batch(output: output).run(Self.articles)
        #expect((outcome.audited, outcome.skipped, outcome.failed) == (3, 0, 1))
        #expect(outcome.entries.map(\.id) == ["calm", "broken", "busy", "mild"])
        let files = BatchFixture.files(under: output).filter { !$0.hasPrefix(".verity-state/") }
        #expect(files == [
            "articles/busy.html", "articles/busy.json", "articles/calm.html", "articles/calm.json",
            "articles/mild.html", "articles/mild.json", "index.html", "summary.json",
        ])
        let summary = try JSONDecoder().decode(
            BatchSummary.self, from: Data(contentsOf: output.appendingPathComponent("summary.json")))
        #expect(summary.errors.map(\.id) == ["broken"])
        #expect(summary.errors.first?.message == "broken.html: error: cannot read the file")
        #expect(summary.totals.levels == ["error": 2, "warning": 3, "info": 0])
        #expect(summary.totals.outlets["Daily"]?.articles == 2)
        #expect(summary.totals.speakers["A. Spokesperson"]?.findings == 5)
        let raw = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("summary.json")))
        let busyEntry = ((raw as? [String: Any])?["articles"] as? [[String: Any]])?[2]
        #expect(busyEntry?["findings"] as? Int == 4 && busyEntry?["weight"] as? Int == 11)
        let busy = try String(contentsOf: output.appendingPathComponent("articles/busy.html"), encoding: .utf8)
        #expect(busy == "html busy 4 2026-01-01T00:00:00Z\n")
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("broken.html: error: cannot read the file"))
        let order = ["articles/busy.html", "articles/mild.html", "articles/calm.html"].compactMap {
            index.range(of: "href=\"\($0)\"")?.lowerBound
        }
        #expect(order.count == 3 && order == order.sorted(), "articles sorted by weight, most first")
    }

    @Test func rerunSkipsUpToDateArticlesAndForceRedoesThem() async throws {
        let output = try BatchFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try await BatchFixture.batch(output: output).run(Self.articles)
        let firstSummary = try Data(contentsOf: output.appendingPathComponent("summary.json"))

        let rerun = try await BatchFixture.batch(output: output).run(Self.articles)
        #expect((rerun.audited, rerun.skipped, rerun.failed) == (0, 3, 1))
        #expect(try Data(contentsOf: output.appendingPathComponent("summary.json")) == firstSummary)

        var changed = Self.articles
        changed[0] = BatchFixture.article(id: "calm", text: "Now allegedly changed.", outlet: "Daily")
        let afterEdit = try await BatchFixture.batch(output: output).run(changed)
        #expect((afterEdit.audited, afterEdit.skipped) == (1, 2))

        let newRules = try await BatchFixture.batch(output: output, fingerprint: "rules-2").run(changed)
        #expect((newRules.audited, newRules.skipped) == (3, 0))

        let forced = try await BatchFixture.batch(output: output, force: true, fingerprint: "rules-2").run(changed)
        #expect((forced.audited, forced.skipped) == (3, 0))
    }

    @Test func aDeletedReportIsWrittenAgain() async throws {
        let output = try BatchFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try await BatchFixture.batch(output: output).run(Self.articles)
        try FileManager.default.removeItem(at: output.appendingPathComponent("articles/mild.json"))
        let rerun = try await BatchFixture.batch(output: output).run(Self.articles)
        #expect((rerun.audited, rerun.skipped) == (1, 2))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("articles/mild.json").path))
    }

    @Test func reportsOfArticlesNoLongerInTheInputAreRemoved() async throws {
        let output = try BatchFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try await BatchFixture.batch(output: output).run(Self.articles)
        try Data("mine".utf8).write(to: output.appendingPathComponent("articles/notes.txt"))
        _ = try await BatchFixture.batch(output: output, formats: [.html]).run(Self.articles.prefix(2))
        let files = BatchFixture.files(under: output)
        #expect(files == [".verity-state/calm.json", "articles/calm.html", "articles/notes.txt", "index.html", "summary.json"])
    }

    @Test func aFolderOfOtherFilesIsRefused() async throws {
        let output = try BatchFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        try Data("<p>my page</p>".utf8).write(to: output.appendingPathComponent("index.html"))
        try Data("notes".utf8).write(to: output.appendingPathComponent("notes.txt"))
        await #expect(throws: AtomicFile.WriteError.self) {
            _ = try await BatchFixture.batch(output: output).run(Self.articles)
        }
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "<p>my page</p>")
    }

    @Test(arguments: [1, 3, 8])
    func outputIsTheSameWhateverTheNumberOfJobs(_ jobs: Int) async throws {
        let articles = (0..<24).map { number in
            let text = String(repeating: "allegedly ", count: number % 5) + String(repeating: "secret ", count: number % 3)
            return BatchArticle(id: "article-\(number)", source: "article-\(number).txt") {
                usleep(UInt32((24 - number) * 300))
                return .success(BatchFixture.document(id: "article-\(number)", text: text + "end."))
            }
        }
        let reference = try BatchFixture.temporaryFolder()
        let output = try BatchFixture.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: reference)
            try? FileManager.default.removeItem(at: output)
        }
        _ = try await BatchFixture.batch(output: reference, jobs: 1).run(articles)
        let outcome = try await BatchFixture.batch(output: output, jobs: jobs).run(articles, expectedTotal: 24)
        #expect(outcome.entries.map(\.id) == (0..<24).map { "article-\($0)" })
        for name in ["summary.json", "index.html"] {
            let expected = try Data(contentsOf: reference.appendingPathComponent(name))
            #expect(try Data(contentsOf: output.appendingPathComponent(name)) == expected, "\(name)")
        }
    }

    @Test func progressIsReportedInOrderWithTheTotal() async throws {
        let output = try BatchFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        var seen: [BatchProgress] = []
        _ = try await BatchFixture.batch(output: output, jobs: 3).run(Self.articles, expectedTotal: 4) { seen.append($0) }
        #expect(seen.map(\.done) == [1, 2, 3, 4])
        #expect(seen.allSatisfy { $0.total == 4 })
    }

    @Test func hostileIDsNeverWriteOutsideTheOutputFolder() async throws {
        let parent = try BatchFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("out")
        let articles = ReportNamesTests.hostileIDs.map { BatchFixture.article(id: $0, text: "Text of \($0).") }
        let outcome = try await BatchFixture.batch(output: output).run(articles)
        #expect(outcome.audited == articles.count)
        #expect(BatchFixture.files(under: parent).allSatisfy { $0.hasPrefix("out/") })
        let reports = BatchFixture.files(under: output).filter { $0.hasPrefix("articles/") }
        #expect(reports.count == articles.count * 2)
    }
}
