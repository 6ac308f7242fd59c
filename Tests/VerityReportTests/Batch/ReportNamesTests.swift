import Foundation
import Testing
@testable import VerityReport

@Suite struct ReportNamesTests {
    static let hostileIDs = [
        "../../etc/passwd", "/abs", "/", "a/b", "..", ".", "", "...", ".hidden", "a\\b", "C:\\x",
        "con", "NUL.txt", "com1", "lpt9", "line\nbreak", "tab\there", "nul\u{0}byte", "\u{202E}evil",
        "ünïcödé-ñame", "日本語の記事", "emoji 🎉 id", String(repeating: "x", count: 500),
        String(repeating: "é", count: 300), "trailing.", "a..b", "-dash", "%2e%2e%2fetc", "a/../../x", "x.-.y",
    ]

    @Test(arguments: hostileIDs)
    func stemStaysInsideTheFolder(_ id: String) throws {
        var names = ReportNames()
        let stem = names.stem(for: id)
        #expect(!stem.isEmpty)
        #expect(!stem.contains("/"))
        #expect(!stem.contains("\\"))
        #expect(!stem.hasPrefix("."))
        #expect(!stem.hasPrefix("-"))
        #expect(!stem.hasSuffix("."))
        #expect(stem != "." && stem != ".." && !stem.contains(".."))
        #expect(stem.utf8.count <= ReportNames.maximumLength)
        #expect(!stem.unicodeScalars.contains { $0.value < 0x20 || $0.properties.generalCategory == .format })
        let folder = URL(fileURLWithPath: "/tmp/out/articles")
        let resolved = folder.appendingPathComponent(stem + ".html").standardizedFileURL.path
        #expect(resolved.hasPrefix("/tmp/out/articles/"))
        #expect(!["CON", "NUL", "COM1", "LPT9"].contains(stem.split(separator: ".").first.map { $0.uppercased() } ?? ""))
    }

    @Test func ordinaryIDsAreKept() {
        #expect(ReportNames.sanitised("casarex-2025") == "casarex-2025")
        #expect(ReportNames.sanitised("news_2024.07.01") == "news_2024.07.01")
        #expect(ReportNames.sanitised("ünïcödé-ñame") == "ünïcödé-ñame")
        #expect(ReportNames.sanitised("../../etc/passwd") == "etc-passwd")
        #expect(ReportNames.sanitised("") == "article")
        #expect(ReportNames.sanitised("con") == "_con")
        #expect(ReportNames.sanitised("a/../../x") == "a-x")
        #expect(ReportNames.sanitised("a..b.c") == "a-b.c")
    }

    @Test func aClashOfIDsIsResolvedByTheSourceExtensionFirst() {
        var names = ReportNames()
        #expect(names.stem(for: "casarex-2025", source: "Samples/casarex-2025.html") == "casarex-2025")
        #expect(names.stem(for: "casarex-2025", source: "Samples/casarex-2025.txt") == "casarex-2025-txt")
        let third = names.stem(for: "casarex-2025", source: "Other/casarex-2025.txt")
        #expect(third.hasPrefix("casarex-2025-") && third != "casarex-2025-txt")
    }

    @Test func collisionsAreDisambiguatedDeterministically() {
        let ids = ["a/b", "a-b", "A-B", "a-b", "a b", ""]
        var first = ReportNames()
        let stems = ids.map { first.stem(for: $0) }
        #expect(Set(stems.map { $0.lowercased() }).count == ids.count)
        #expect(stems[0] == "a-b")
        var second = ReportNames()
        #expect(ids.map { second.stem(for: $0) } == stems)
    }
}
