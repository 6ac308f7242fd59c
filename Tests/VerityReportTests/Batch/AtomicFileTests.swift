import Foundation
import Testing
@testable import VerityReport

@Suite struct AtomicFileTests {
    @Test func writesAndReplacesWithoutLeavingTemporaryFiles() throws {
        let folder = try BatchFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("deep/report.html")
        try AtomicFile.write(Data("first".utf8), to: target)
        try AtomicFile.write(Data("second".utf8), to: target, durable: false)
        #expect(try String(contentsOf: target, encoding: .utf8) == "second")
        #expect(BatchFixture.files(under: folder) == ["deep/report.html"])
    }

    @Test func failureNamesTheFileAndKeepsTheOldContent() throws {
        let folder = try BatchFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("report.html")
        try AtomicFile.write(Data("old".utf8), to: target)
        let blocked = folder.appendingPathComponent("report.html/inside.html")
        let error = #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(Data("new".utf8), to: blocked)
        }
        #expect(error?.description.contains("report.html") == true)
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
    }

    @Test func renameFailureRemovesTheTemporaryFile() throws {
        let folder = try BatchFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("occupied")
        try FileManager.default.createDirectory(
            at: target.appendingPathComponent("child"), withIntermediateDirectories: true)
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write(Data("x".utf8), to: target) }
        #expect(BatchFixture.files(under: folder).allSatisfy { !$0.contains(AtomicFile.temporaryPrefix) })
    }

    @Test func leftoversOfAnInterruptedRunAreRemoved() throws {
        let folder = try BatchFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let leftover = folder.appendingPathComponent(AtomicFile.temporaryPrefix + "a.html-123")
        try Data("half".utf8).write(to: leftover)
        try Data("keep".utf8).write(to: folder.appendingPathComponent("a.html"))
        #expect(AtomicFile.removeLeftovers(in: folder) == 1)
        #expect(BatchFixture.files(under: folder) == ["a.html"])
    }
}
