import Testing
import VerityCore
@testable import VerityAnalysis

@Suite struct ClaimDigestTests {
    private let analysis: DocumentAnalysis = {
        let text = "It was a quiet morning. Exports fell by 30 percent in 2023, the largest drop on record."
        return Analyzer().analyze(Document(id: "a", source: "-", format: .text, blockTexts: [(.paragraph, text)]))
    }()

    @Test func listsMostCheckworthyFirstWithSignals() {
        let lines = ClaimDigest().text(of: analysis).split(separator: "\n")
        #expect(lines.first == "# a: 2 claims, 2 shown")
        #expect(lines.count == 3)
        #expect(lines[1].contains("\"Exports fell by 30 percent in 2023, the largest drop on record\""))
        #expect(lines[1].contains("superlative"))
        #expect(lines[2].contains("\"It was a quiet morning\"  @1:1"))
    }

    @Test func minimumHidesLowScores() {
        let digest = ClaimDigest().text(of: analysis, minimum: 0.9)
        #expect(digest.hasPrefix("# a: 2 claims, 1 shown"))
    }

    @Test func recordKeepsScalarOffsets() {
        let record = ClaimRecord(analysis: analysis)
        #expect(record.claims.map(\.start) == [0, 24])
        #expect(record.claims.allSatisfy { $0.source == "article" && $0.sourceKind == nil })
    }
}
