import Foundation
import Testing
import VerityCore
import VerityIngest
@testable import VerityAnalysis

/// The project's CASAREX sample (Samples/casarex-2025), read as Markdown and as HTML: every
/// attribution the issue lists must come out with the right speaker.
@Suite struct CasarexSampleTests {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples/casarex-2025")

    static func analysis(_ file: String) throws -> DocumentAnalysis {
        let document = try ArticleLoader().document(at: samples.appendingPathComponent(file).path)
        return Analyzer().analyze(document)
    }

    static let expectations: [(words: String, entity: String, kind: Speaker.Kind)] = [
        ("centered on enhancing bilateral cooperation", "Kazem Jalali", .namedPerson),
        ("the main aim is strengthening the defence power", "A Russian fleet commander", .unnamedIndividual),
        ("must continue to grow", "A Russian fleet commander", .unnamedIndividual),
        ("forced the Zionist enemy to retreat", "Brigadier-General Alireza Sabahi Fard", .namedPerson),
        ("fully prepared", "Brigadier-General Alireza Sabahi Fard", .namedPerson),
        ("expansive", "officials on both sides", .anonymousGroup),
        ("military and economic pressure", "Iranian Foreign Minister Abbas Araghchi", .namedPerson),
        ("its swift retaliatory strikes hastened a U.S.", "Tehran", .state),
        ("a calibrated response", "Western outlets", .media),
        ("a multi-layered alignment", "Analysts", .anonymousGroup),
    ]

    @Test(arguments: ["casarex-2025.md", "casarex-2025.html"])
    func everyListedAttributionHolds(file: String) throws {
        let analysis = try Self.analysis(file)
        for expected in Self.expectations {
            let quote = AnalysisFixture.quote(containing: expected.words, in: analysis)
            let speaker = AnalysisFixture.speaker(of: quote, in: analysis)
            #expect(speaker?.name == expected.entity, "\(expected.words)")
            #expect(speaker?.kind == expected.kind, "\(expected.words)")
        }
    }

    @Test func sabahiFardIsOneEntityWithHisRole() throws {
        let analysis = try Self.analysis("casarex-2025.md")
        let fard = analysis.speakers.filter { $0.name.hasSuffix("Sabahi Fard") }
        #expect(fard.count == 1)
        #expect(fard.first?.roles.contains("head of the Khatam al-Anbiya Air Defence Base") == true)
        #expect(fard.first?.mentions.count == 2)
    }

    @Test func noQuoteIsAttributedToNobody() throws {
        let analysis = try Self.analysis("casarex-2025.md")
        #expect(!analysis.speakers.contains { $0.name.lowercased() == "nobody" })
    }
}
