import Testing
import VerityCore
@testable import VerityAnalysis

@Suite struct TextLayerTests {
    private func sentences(_ text: String) -> [String] {
        let analysis = TextLayer().analyze(AnalysisFixture.document([text]))
        return analysis.sentences.map { analysis.document.text(in: $0.range) }
    }

    private func tokens(_ text: String) -> [String] {
        let document = AnalysisFixture.document([text])
        return Tokenizer().tokens(in: document).map { document.text(in: $0.range) }
    }

    @Test func tokensKeepAbbreviationsDecimalsAndApostrophes() {
        #expect(tokens("The U.S. Navy's 3.5% rise, Gen. Mousavi said.") == [
            "The", "U.S.", "Navy's", "3.5", "%", "rise", ",", "Gen.", "Mousavi", "said", ".",
        ])
        #expect(tokens("J. K. Rowling won 1,200 votes") == ["J.", "K.", "Rowling", "won", "1,200", "votes"])
    }

    @Test(arguments: [
        ("Brig.-Gen. Ali Fard spoke. He left early.", 2),
        ("Gen. Mousavi met Mr. Smith on Monday.", 1),
        ("The U.S. Navy sailed at 6 a.m. on Monday.", 1),
        ("Talks began in the U.S. The ministers met later.", 2),
        ("No. 10 said the figure was 3.5 percent. It rose.", 2),
        ("J. K. Rowling spoke. Then she left.", 2),
        ("He paused... and went on. Then he stopped.", 2),
        ("“We are ready,” he said. “We will stay.”", 2),
        ("“Is it over?” she asked. Nobody answered.", 2),
    ])
    func sentenceCounts(text: String, count: Int) {
        #expect(sentences(text).count == count, "\(sentences(text))")
    }

    @Test func sentencesNeverCrossParagraphs() {
        let analysis = TextLayer().analyze(AnalysisFixture.document(["First line without a stop", "Second line."]))
        #expect(analysis.sentences.map(\.blockIndex) == [0, 1])
    }
}
