import Testing
import VerityCore
@testable import VerityAnalysis

@Suite struct SentenceClassifierTests {
    @Test(arguments: [
        "These results suggest that the protein may play a role in repair.",
        "It is possible that the mutation is linked to the disease.",
    ])
    func hedgedSentences(text: String) {
        #expect(SentenceClassifier(task: .hedge).classify(text: text).label)
    }

    @Test(arguments: [
        "The protein binds to the receptor in all cells tested.",
        "We measured the expression in 40 samples.",
    ])
    func plainSentences(text: String) {
        #expect(!SentenceClassifier(task: .hedge).classify(text: text).label)
    }

    @Test func weaselAttributionScoresAboveANamedOne() {
        let classifier = SentenceClassifier(task: .weasel)
        let vague = classifier.classify(text: "Some critics say the band is widely regarded as one of the greatest ever.")
        let named = classifier.classify(text: "The band released its second album in 1994.")
        #expect(vague.label)
        #expect(vague.score > named.score)
    }

    @Test func figuresAreMoreCheckworthyThanCourtesies() {
        let classifier = SentenceClassifier(task: .checkworthy)
        let figure = classifier.classify(text: "Unemployment fell from 10 percent to 4 percent under this administration.")
        let courtesy = classifier.classify(text: "Thank you, it is good to be here tonight.")
        #expect(figure.label)
        #expect(!courtesy.label)
    }

    @Test func loadedWordsAreReported() {
        let verdict = SentenceClassifier(task: .loaded).classify(text: "The radical mob slammed the bizarre plan.")
        #expect(verdict.label)
        #expect(verdict.cues.count >= 3)
    }

    @Test func scoresStayBetweenZeroAndOne() {
        for task in SentenceClassifier.Task.allCases {
            let verdict = SentenceClassifier(task: task).classify(text: "")
            #expect(verdict.score >= 0 && verdict.score <= 1)
        }
    }

    @Test(arguments: SentenceClassifier.Task.allCases)
    func hashedAndNamedFeaturesScoreAlike(task: SentenceClassifier.Task) {
        let document = Document(id: "t", source: "-", format: .text, blockTexts: [(.paragraph,
            "Critics say the so-called reform reportedly cut taxes by 3 percent in 2019, the largest cut ever.")])
        let tokens = Tokenizer().tokens(in: document)
        let words = TokenWords(tokens: tokens, scalars: document.scalars)
        let model = SentenceClassifier(task: task).model
        let named = model.probability(of: SentenceFeatures().features(in: words, tokens: 0..<tokens.count))
        let hashed = model.probability(ofHashed: SentenceFeatures().hashedFeatures(in: words, tokens: 0..<tokens.count))
        #expect(abs(named - hashed) < 1e-12)
        #expect(SentenceFeatures().features(in: words, tokens: 0..<tokens.count).count
            == SentenceFeatures().hashedFeatures(in: words, tokens: 0..<tokens.count).count)
    }
}
