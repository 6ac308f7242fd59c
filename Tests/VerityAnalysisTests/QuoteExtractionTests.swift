import Testing
import VerityCore
@testable import VerityAnalysis

@Suite struct QuoteExtractionTests {
    @Test(arguments: [
        (
            "“We are ready for any scenario,” the minister said.",
            ["direct | We are ready for any scenario, | the minister | said"]
        ),
        (
            "The mayor said: “The bridge will reopen in May.”",
            ["direct | The bridge will reopen in May. | The mayor | said"]
        ),
        (
            "“The port is open,” said Harbour Master Lena Ortiz, “and it will stay open.”",
            [
                "direct | The port is open, | Harbour Master Lena Ortiz | said",
                "direct | and it will stay open. | Harbour Master Lena Ortiz | said",
            ]
        ),
        (
            "The governor said that the budget would be balanced by June.",
            ["indirect | that the budget would be balanced by June | The governor | said"]
        ),
        (
            "The storm has passed, a spokesman for the coast guard said on Tuesday.",
            ["indirect | The storm has passed | a spokesman for the coast guard | said"]
        ),
        (
            "According to the port authority, traffic fell by a third.",
            ["indirect | traffic fell by a third | the port authority | According to"]
        ),
        (
            "Traffic fell by a third, according to the port authority.",
            ["indirect | Traffic fell by a third | the port authority | according to"]
        ),
        (
            "The union told members that the strike would continue.",
            ["indirect | that the strike would continue | The union | told"]
        ),
        (
            "Residents described the flooding as “biblical” in scale.",
            ["mixed | the flooding as “biblical” in scale | Residents | described"]
        ),
        (
            "Critics warned the plan would raise rents.",
            ["indirect | the plan would raise rents | Critics | warned"]
        ),
        (
            "The so-called “reform” passed without debate.",
            ["scare | reform | - | -"]
        ),
        (
            "The order is filed under \"2024-03-17\" with the number \"48213\".",
            []
        ),
        (
            "The mayor explained it this way: “We rebuild first and argue later.”",
            ["direct | We rebuild first and argue later. | The mayor | explained"]
        ),
        (
            "“Nobody expected it,” Ortiz told reporters on Friday, “but we were ready.”",
            [
                "direct | Nobody expected it, | Ortiz | told",
                "direct | but we were ready. | Ortiz | told",
            ]
        ),
        (
            "When asked whether the plant would close, the manager said nothing.",
            ["indirect | whether the plant would close | - | asked"]
        ),
        (
            "“The river is ours.” ― Ana Quispe",
            ["direct | The river is ours. | Ana Quispe | ―"]
        ),
        (
            "Harbour Chief Says New Ferry Will Run By Spring",
            ["indirect | New Ferry Will Run By Spring | Harbour Chief | Says"]
        ),
        (
            "Nobody announced a new contract.",
            []
        ),
        (
            "Tomas Ekberg, Sweden's finance minister, warned that “the cost will be high.”",
            ["mixed | that “the cost will be high.” | Tomas Ekberg | warned"]
        ),
    ])
    func construction(text: String, expected: [String]) {
        #expect(AnalysisFixture.summary(AnalysisFixture.analyze(text)) == expected)
    }

    @Test func followUpQuoteKeepsThePreviousSpeaker() {
        let analysis = AnalysisFixture.analyze(
            "“The water came up fast,” said Maria Keane, a farmer near the river. “We lost the whole harvest in a night.”")
        #expect(AnalysisFixture.summary(analysis) == [
            "direct | The water came up fast, | Maria Keane | said",
            "direct | We lost the whole harvest in a night. | Maria Keane | said",
        ])
    }

    @Test func pronounMentionStaysButEntityIsResolved() {
        let analysis = AnalysisFixture.analyze(
            "Finance Minister Tomas Ekberg presented the budget on Monday.",
            "“Nobody will pay more tax,” he said.")
        let quote = AnalysisFixture.quote(containing: "Nobody will pay", in: analysis)
        #expect(quote.flatMap { $0.speaker.map { analysis.document.text(in: $0.range) } } == "he")
        #expect(AnalysisFixture.speaker(of: quote, in: analysis)?.name == "Finance Minister Tomas Ekberg")
    }

    @Test func pluralPronounResolvesToItsSentencesSubject() {
        let analysis = AnalysisFixture.analyze(
            "The mayor opened the harbour on Monday.",
            "Residents gathered at the quay, and they said the new rules were unfair.")
        let quote = AnalysisFixture.quote(containing: "the new rules were unfair", in: analysis)
        #expect(quote.flatMap { $0.speaker.map { analysis.document.text(in: $0.range) } } == "they")
        #expect(AnalysisFixture.speaker(of: quote, in: analysis)?.name == "Residents")
        #expect(AnalysisFixture.speaker(of: quote, in: analysis)?.kind == .anonymousGroup)
    }

    @Test func mentionsOfOnePersonMergeIntoOneEntity() {
        let analysis = AnalysisFixture.analyze(
            "Senator Ada Brennan, chair of the energy committee, said the grid was fragile.",
            "Brennan added that new lines were needed. Ms. Brennan also warned that prices would rise.")
        let people = analysis.speakers.filter { $0.name.contains("Brennan") }
        #expect(people.count == 1)
        #expect(people.first?.name == "Senator Ada Brennan")
        #expect(people.first?.kind == .namedPerson)
        #expect(people.first?.roles.contains("chair of the energy committee") == true)
        #expect(people.first?.mentions.count == 3)
    }

    @Test func offsetsAreUnicodeScalarsEvenAfterWideCharacters() {
        let plain = AnalysisFixture.analyze("The mayor said that the bridge is safe.")
        let wide = AnalysisFixture.analyze("😀 The mayor said that the bridge is safe.")
        #expect(plain.quotes.map(\.range.start).map { $0 + 2 } == wide.quotes.map(\.range.start))
        #expect(AnalysisFixture.summary(plain) == AnalysisFixture.summary(wide))
    }

    @Test func unbalancedQuoteDoesNotCostTheNextParagraph() {
        let analysis = AnalysisFixture.analyze(
            "A reader wrote in with a “stray mark and nothing after it.",
            "The operator said: “The ferry will run on Sunday.” Tickets are on sale.")
        #expect(AnalysisFixture.summary(analysis) == ["direct | The ferry will run on Sunday. | The operator | said"])
    }
}
