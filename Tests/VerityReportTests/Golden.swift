import Foundation
import Testing

/// Golden files under `Goldens/`: compared byte for byte, rewritten only when `UPDATE_GOLDENS=1`.
enum Golden {
    /// Whether this run rewrites goldens instead of comparing against them.
    static var isUpdating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" }

    /// The goldens folder in the source tree, where updates are written.
    static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Goldens")

    /// Compares `actual` with the golden `name`, or rewrites the golden when updating.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isUpdating {
            try FileManager.default.createDirectory(at: sourceFolder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: sourceFolder.appendingPathComponent(name))
            return
        }
        let bundled = Bundle.module.resourceURL?.appendingPathComponent("Goldens").appendingPathComponent(name)
        guard let bundled, let expected = try? String(contentsOf: bundled, encoding: .utf8) else {
            Issue.record("Missing golden \(name); run with UPDATE_GOLDENS=1 to create it", sourceLocation: sourceLocation)
            return
        }
        guard actual != expected else { return }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let got = line < actualLines.count ? String(actualLines[line]) : "<end of output>"
        let want = line < expectedLines.count ? String(expectedLines[line]) : "<end of golden>"
        Issue.record(
            "\(name) differs at line \(line + 1):\n  got:  \(got)\n  want: \(want)\n(UPDATE_GOLDENS=1 rewrites it)",
            sourceLocation: sourceLocation)
    }
}
