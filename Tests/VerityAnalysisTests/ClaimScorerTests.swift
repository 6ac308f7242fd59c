import Foundation
import Testing
import VerityCore
@testable import VerityAnalysis

/// The claim step's fast scorer must agree with the check-worthiness classifier, whose features
/// the shipped model was trained on.
@Suite struct ClaimScorerTests {
    static let sentences = [
        "Unemployment fell to 4 percent in 2019, the lowest rate in fifty years.",
        "I think we can do better, and I think we will.",
        "Officials said the strikes had forced the rebels to retreat from three towns.",
        "The bill would raise taxes on 90 percent of families, according to the report.",
        "Thank you, thank you very much.",
        "Prices may rise further next year, economists warned, citing higher energy costs.",
        "“We destroyed their radar,” he said; “they fled.”",
        "Iran’s air defences shot down 12 drones over Isfahan on Tuesday — more than ever before.",
    ]

    @Test(arguments: sentences)
    func wholeSentenceScoreIsTheClassifiersProbability(_ text: String) throws {
        let document = Document(id: "t", source: "-", format: .text, blockTexts: [(.paragraph, text)])
        let analysis = TextLayer().analyze(document)
        let words = analysis.words
        let sentence = try #require(analysis.sentences.first).tokens
        var scorer = ClaimScorer(words: words)
        let scored = scorer.score(sentence, inSentence: sentence)
        let expected = SentenceClassifier(task: .checkworthy).probability(words, tokens: sentence)
        #expect(abs(scored.probability - expected) < 1e-12)
        #expect(scored.signals == CheckworthinessSignals().signals(in: words, tokens: sentence))
        #expect(scored.hedges == HedgeLexicon.cues.matches(in: words, tokens: sentence).map(\.range))
    }

    @Test func aClaimInsideASentenceCountsOnlyItsOwnTokens() throws {
        let text = "The ministry said 40 soldiers died, but rebels probably lost far more fighters."
        let document = Document(id: "t", source: "-", format: .text, blockTexts: [(.paragraph, text)])
        let analysis = TextLayer().analyze(document)
        let words = analysis.words
        let sentence = try #require(analysis.sentences.first).tokens
        let but = try #require(sentence.first { words.words[$0] == "but" })
        let second = (but + 1)..<(sentence.upperBound - 1)
        var scorer = ClaimScorer(words: words)
        _ = scorer.score(sentence, inSentence: sentence)
        let scored = scorer.score(second, inSentence: sentence)
        let expected = SentenceClassifier(task: .checkworthy).probability(words, tokens: second)
        #expect(abs(scored.probability - expected) < 1e-12)
        #expect(scored.signals == CheckworthinessSignals().signals(in: words, tokens: second))
        #expect(scored.signals.contains { $0.kind == .comparative })
        #expect(!scored.signals.contains { $0.kind == .number })
        #expect(scored.hedges.map { analysis.document.text(in: $0) } == ["probably"])
    }
}
