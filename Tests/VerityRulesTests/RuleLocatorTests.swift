import Foundation
import Testing
@testable import VerityRules

@Suite struct RuleLocatorTests {
    @Test func bundledRulesAreTheShippedRules() throws {
        let bundled = try #require(RuleLocator.bundledDirectory())
        let fromBundle = try RuleSet.load(directory: bundled)
        let fromRepository = try RuleSet.load(directory: shippedRulesDirectory)
        #expect(fromBundle.rules.map(\.id) == fromRepository.rules.map(\.id))
    }

    @Test func explicitDirectoryWinsAndRulesAreFoundUpwards() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verity-locate-\(UUID().uuidString)")
        let deep = root.appendingPathComponent("desk/2025/june")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Rules/style"), withIntermediateDirectories: true)
        try Data("title: x\n".utf8).write(to: root.appendingPathComponent("Rules/style/x.yml"))
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(RuleLocator.directory(explicit: "Mine", currentDirectory: deep.path) == "Mine")
        let found = try #require(RuleLocator.directory(explicit: nil, currentDirectory: deep.path))
        #expect(URL(fileURLWithPath: found).standardizedFileURL.path == root.appendingPathComponent("Rules").standardizedFileURL.path)
        #expect(RuleLocator.directory(explicit: nil, currentDirectory: root.path) == "Rules")
    }

    @Test func everyBrokenFileIsReported() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verity-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("a"), withIntermediateDirectories: true)
        try Data("title: x\nseverty: 1\n".utf8).write(to: root.appendingPathComponent("a/one.yml"))
        try Data("level: [\n".utf8).write(to: root.appendingPathComponent("a/two.yml"))
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            _ = try RuleSet.load(directory: root.path)
            Issue.record("broken rules loaded")
        } catch {
            #expect(error.errors.count == 2)
            #expect(error.errors.map(\.path).allSatisfy { $0.hasPrefix(root.path + "/a/") })
        }
    }
}
