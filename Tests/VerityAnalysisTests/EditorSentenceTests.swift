import Testing
import VerityCore
@testable import VerityAnalysis

/// Constructions editors write that the extractor once got wrong: names in apposition, passive
/// opinion, verbs next to a colon, role heads after organisation nouns, post-modified heads and
/// `what they call`.
@Suite struct EditorSentenceTests {
    @Test(arguments: [
        ("The harbour master, Lina Okafor, said the pier would close in June.", "the pier would close", "Lina Okafor", "harbour master"),
        ("Its chairman, Tomas Reyes Vidal, said the bank would repay the loan.", "the bank would repay", "Tomas Reyes Vidal", "chairman"),
        ("The club's treasurer, Ruth Mbeki, told members that dues would rise.", "dues would rise", "Ruth Mbeki", "treasurer"),
    ])
    func nameInAppositionIsTheEntity(text: String, content: String, name: String, role: String) {
        let analysis = AnalysisFixture.analyze(text)
        let speaker = AnalysisFixture.speaker(of: AnalysisFixture.quote(containing: content, in: analysis), in: analysis)
        #expect(speaker?.name == name)
        #expect(speaker?.kind == .namedPerson)
        #expect(speaker?.roles.contains(role) == true, "\(speaker?.roles ?? [])")
    }

    @Test func laterSurnameMergesWithTheAppositionName() {
        let analysis = AnalysisFixture.analyze(
            "The harbour master, Lina Okafor, said the pier would close in June.",
            "Okafor added that ferries would keep running.")
        let first = AnalysisFixture.speaker(of: AnalysisFixture.quote(containing: "the pier would close", in: analysis), in: analysis)
        let second = AnalysisFixture.speaker(of: AnalysisFixture.quote(containing: "ferries would keep", in: analysis), in: analysis)
        #expect(first != nil && first == second)
    }

    @Test(arguments: [
        "The new bypass is widely regarded as a waste of money.",
        "The treaty was generally seen as a setback for the coast.",
        "The reform has long been considered a model for the region.",
        "Her second novel is still widely viewed as her best.",
    ])
    func passiveOpinionHasNoSpeaker(text: String) {
        let analysis = AnalysisFixture.analyze(text)
        #expect(analysis.quotes.allSatisfy { $0.speaker == nil }, "\(AnalysisFixture.summary(analysis))")
    }

    @Test(arguments: [
        "The memo ended with a threat: “Anyone who leaks this will be dismissed.”",
        "The notice ends with a plea: “Please keep the gates closed at night.”",
        "The ruling concludes with a caution: “No appeal will delay the eviction.”",
    ])
    func verbBeforeColonIsNotPartOfTheSpeaker(text: String) {
        let analysis = AnalysisFixture.analyze(text)
        for quote in analysis.quotes {
            guard let mention = quote.speaker.map({ analysis.document.text(in: $0.range) }) else { continue }
            #expect(!mention.contains(" end") && !mention.contains(" concludes"), "\(mention)")
            #expect(AnalysisFixture.speaker(of: quote, in: analysis)?.kind == .organisation)
        }
    }

    @Test func documentHeadIsAnOrganisationSource() {
        #expect(SpeakerLexicon.kind(words: ["the", "statement"], capitalized: [true, false]) == .organisation)
        #expect(SpeakerLexicon.kind(words: ["the", "court", "ruling"], capitalized: [true, false, false]) == .organisation)
    }

    @Test(arguments: [
        ("The senior navy officer said the fleet would sail at dawn.", "the fleet would sail", "The senior navy officer"),
        ("The police spokesman said two men were arrested.", "two men were arrested", "The police spokesman"),
        ("A party official said the vote would be delayed.", "the vote would be delayed", "A party official"),
        ("The army commander told reporters that the road was open.", "the road was open", "The army commander"),
        ("One Foreign Ministry diplomat said the visit was cancelled.", "the visit was cancelled", "One Foreign Ministry diplomat"),
    ])
    func roleHeadAfterOrganisationNounIsAnIndividual(text: String, content: String, mention: String) {
        let analysis = AnalysisFixture.analyze(text)
        let quote = AnalysisFixture.quote(containing: content, in: analysis)
        #expect(quote?.speaker.map { analysis.document.text(in: $0.range) } == mention)
        #expect(AnalysisFixture.speaker(of: quote, in: analysis)?.kind == .unnamedIndividual)
    }

    @Test(arguments: [
        ("Relief agencies said the camps were full.", "the camps were full", Speaker.Kind.anonymousGroup),
        ("The rebel Harbour Front said its fighters had pulled back.", "its fighters had pulled back", .organisation),
        ("The farmers' movement said prices were too low.", "prices were too low", .organisation),
    ])
    func capitalisedOpenerIsNotAName(text: String, content: String, kind: Speaker.Kind) {
        let analysis = AnalysisFixture.analyze(text)
        #expect(AnalysisFixture.speaker(of: AnalysisFixture.quote(containing: content, in: analysis), in: analysis)?.kind == kind)
    }

    @Test(arguments: [
        ("Bankers familiar with the merger said the price was too high.", "the price was too high", "Bankers familiar with the merger", "Bankers"),
        ("People close to the coach said he would stay.", "he would stay", "People close to the coach", "People"),
        ("Officials who spoke on condition of anonymity said the border would reopen.", "the border would reopen",
         "Officials who spoke on condition of anonymity", "Officials"),
        ("Two aides briefed on the plan said it was dead.", "it was dead", "Two aides briefed on the plan", "aides"),
    ])
    func postModifierKeepsTheHead(text: String, content: String, mention: String, name: String) {
        let analysis = AnalysisFixture.analyze(text)
        let quote = AnalysisFixture.quote(containing: content, in: analysis)
        #expect(quote?.speaker.map { analysis.document.text(in: $0.range) } == mention)
        let speaker = AnalysisFixture.speaker(of: quote, in: analysis)
        #expect(speaker?.kind == .anonymousGroup)
        #expect(speaker?.name.hasSuffix(name) == true, "\(speaker?.name ?? "-")")
    }

    @Test(arguments: [
        ("The vote will be delayed, according to aides familiar with the count.", "aides familiar with the count"),
        ("The vote will be delayed, said two lawyers close to the campaign.", "two lawyers close to the campaign"),
    ])
    func postModifierAfterTheCueBelongsToTheMention(text: String, mention: String) {
        let analysis = AnalysisFixture.analyze(text)
        let quote = AnalysisFixture.quote(containing: "The vote will be delayed", in: analysis)
        #expect(quote?.speaker.map { analysis.document.text(in: $0.range) } == mention)
        #expect(AnalysisFixture.speaker(of: quote, in: analysis)?.kind == .anonymousGroup)
    }

    @Test(arguments: [
        ("Local papers praised the festival. Striking dockers, however, are still celebrating what they call “a historic win”.",
         "a historic win", "Striking dockers"),
        ("Local papers praised the festival. The rebel leaders keep repeating what they call a final offer.",
         "a final offer", "The rebel leaders"),
    ])
    func whatTheyCallResolvesInItsOwnSentence(text: String, label: String, subject: String) {
        let analysis = AnalysisFixture.analyze(text)
        let quote = AnalysisFixture.quote(containing: label, in: analysis)
        #expect(quote.map { analysis.document.text(in: $0.range) } == label)
        #expect(quote?.speaker.map { analysis.document.text(in: $0.range) } == "they")
        let speaker = AnalysisFixture.speaker(of: quote, in: analysis)
        #expect(speaker.map { subject.hasSuffix($0.name) } == true, "\(speaker?.name ?? "-")")
    }
}
