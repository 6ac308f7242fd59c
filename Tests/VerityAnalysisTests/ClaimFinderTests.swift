import Testing
import VerityCore
@testable import VerityAnalysis

/// ClaimFinder on hand-built analyses: the text layer gives tokens and sentences, the test
/// gives quotes and speakers, so these tests do not depend on the quote extractor.
@Suite struct ClaimFinderTests {
    /// An analysis of `text` with one quote whose content, speaker mention and cue are found by
    /// their text.
    private func analysis(
        _ text: String, quote content: String? = nil, kind: Quote.Kind = .indirect, speaker: Speaker? = nil,
        mention: String? = nil, cue: String? = nil
    ) -> DocumentAnalysis {
        let document = Document(id: "t", source: "-", format: .text, blockTexts: [(.paragraph, text)])
        var analysis = TextLayer().analyze(document)
        guard let content, let contentRange = range(of: content, in: text) else { return analysis }
        let mentionRange = mention.flatMap { range(of: $0, in: text) }
        if let speaker {
            analysis.speakers = [speaker]
        }
        analysis.quotes = [Quote(
            range: contentRange, kind: kind, cue: cue.flatMap { range(of: $0, in: text) },
            speaker: mentionRange.map { SpeakerMention(range: $0, entity: speaker == nil ? nil : 0) },
            sentenceIndex: analysis.sentenceIndex(containing: contentRange.start) ?? 0)]
        return analysis
    }

    private func range(of needle: String, in text: String) -> TextRange? {
        guard let found = text.range(of: needle) else { return nil }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
        return TextRange(start, start + needle.unicodeScalars.count)
    }

    private func texts(_ analysis: DocumentAnalysis, _ claims: [Claim]) -> [String] {
        claims.map { analysis.document.text(in: $0.range) }
    }

    @Test func splitsAtSemicolonsAndCoordinatedClauses() {
        let text = "Prices rose by 12 percent last year; the bank raised rates twice, but the government says inflation will fall."
        let found = analysis(text)
        let claims = ClaimFinder().claims(in: found)
        #expect(texts(found, claims) == [
            "Prices rose by 12 percent last year", "the bank raised rates twice",
            "the government says inflation will fall",
        ])
        #expect(claims.allSatisfy { $0.source == .article && $0.sourceKind == nil })
    }

    @Test func keepsCoordinatedPhrasesTogether() {
        let found = analysis("Bread and milk cost more in the north and the south.")
        #expect(ClaimFinder().claims(in: found).count == 1)
    }

    @Test func attributesQuotedContentToItsSpeaker() {
        let text = "“Our air defence destroyed 40 drones in two days,” said General Karimi."
        let karimi = Speaker(name: "General Karimi", kind: .namedPerson, affiliations: ["Iran"])
        let found = analysis(
            text, quote: "Our air defence destroyed 40 drones in two days", kind: .direct, speaker: karimi,
            mention: "General Karimi", cue: "said")
        let claims = ClaimFinder().claims(in: found)
        #expect(texts(found, claims) == ["Our air defence destroyed 40 drones in two days"])
        let claim = claims.first
        #expect(claim?.source == .speaker(quote: 0, speaker: 0))
        #expect(claim?.sourceKind == .namedPerson)
        #expect(claim?.signals.contains { $0.kind == .number } == true)
        #expect(claim?.signals.contains { $0.kind == .duration } == true)
        #expect(claim?.isInterestedParty == true)
    }

    @Test func statesClaimOfItsOwnStrikesIsInterested() {
        let text = "Tehran claims its strikes hastened a cease-fire."
        let tehran = Speaker(name: "Tehran", kind: .state)
        let found = analysis(
            text, quote: "its strikes hastened a cease-fire", speaker: tehran, mention: "Tehran", cue: "claims")
        let claims = ClaimFinder().claims(in: found)
        #expect(texts(found, claims) == ["its strikes hastened a cease-fire"])
        #expect(claims.first?.interest == .ownActions)
        #expect(claims.first?.signals.contains { $0.kind == .causal } == true)
    }

    @Test func speakerNamingItsOwnSideIsInterested() {
        let text = "A Russian commander said the main aim is strengthening the defence power of Iran and Russia."
        let commander = Speaker(name: "A Russian commander", kind: .unnamedIndividual, roles: ["Russian commander"])
        let found = analysis(
            text, quote: "the main aim is strengthening the defence power of Iran and Russia", speaker: commander,
            mention: "A Russian commander", cue: "said")
        #expect(ClaimFinder().claims(in: found).first?.interest == .ownSideNamed("Russia"))
    }

    @Test func articleVoiceGivingTheHoldersOwnLabelIsInterested() {
        let found = analysis("Northland's generals are still toasting what they call a decisive victory.")
        #expect(ClaimFinder().claims(in: found).first?.interest == .selfDescription("what they call"))
        let critical = analysis("The envoy condemned what he called a brazen breach of the truce.")
        #expect(ClaimFinder().claims(in: critical).first?.interest == nil)
    }

    @Test(arguments: [
        "We had a good day",
        "I think the army will defeat the rebels within weeks",
        "they were forced to pay smugglers to bring in their children",
        "the strikes defeated our hopes of a quick peace",
    ])
    func pronounsThatAreNotTheActorOfAnOutcomeAreNotInterested(quote: String) {
        let text = "“\(quote),” said Dana Holt."
        let holt = Speaker(name: "Dana Holt", kind: .namedPerson)
        let found = analysis(text, quote: quote, kind: .direct, speaker: holt, mention: "Dana Holt", cue: "said")
        #expect(ClaimFinder().claims(in: found).first?.interest == nil)
    }

    @Test func ownLabelIsInterested() {
        let text = "Iranian commanders celebrated what they call “a battlefield success” on Tuesday."
        let commanders = Speaker(name: "Iranian commanders", kind: .anonymousGroup, affiliations: ["Iran"])
        let found = analysis(
            text, quote: "a battlefield success", kind: .mixed, speaker: commanders, mention: "they", cue: "call")
        let claim = ClaimFinder().claims(in: found).first { found.document.text(in: $0.range) == "a battlefield success" }
        #expect(claim?.isInterestedParty == true)
    }

    @Test func outsiderOnAnotherSideIsNotInterested() {
        let text = "A Swiss analyst said the strikes on Iran forced a retreat within two days."
        let analyst = Speaker(name: "A Swiss analyst", kind: .unnamedIndividual, roles: ["Swiss analyst"])
        let found = analysis(
            text, quote: "the strikes on Iran forced a retreat within two days", speaker: analyst,
            mention: "A Swiss analyst", cue: "said")
        let claims = ClaimFinder().claims(in: found)
        #expect(claims.count == 1)
        #expect(claims.first?.isInterestedParty == false)
    }

    @Test func oneSidedNarrativeInTheArticleVoice() {
        let found = analysis("Iran’s air defences forced the enemy to retreat.")
        let claims = ClaimFinder().claims(in: found)
        #expect(claims.count == 1)
        #expect(claims.first?.source == .article)
        #expect(claims.first?.signals.contains { $0.kind == .causal } == true)
        #expect(claims.first?.isInterestedParty == false)
    }

    @Test func hedgesAreFoundAndScoresAreBounded() {
        let found = analysis("The attack reportedly killed 12 soldiers and could mark the deadliest day this year.")
        let claims = ClaimFinder().claims(in: found)
        #expect(claims.count == 1)
        #expect(claims.first.map { texts(found, [$0]) } == ["The attack reportedly killed 12 soldiers and could mark the deadliest day this year"])
        #expect(claims.first.map { $0.hedges.map { found.document.text(in: $0) } } == ["reportedly", "could"])
        #expect(claims.allSatisfy { (0...1).contains($0.checkworthiness) })
    }

    @Test func figuresOutrankSmallTalk() {
        let found = analysis("Unemployment fell from 9 percent to 4 percent in 2023. It was a sunny morning.")
        let claims = ClaimFinder().claims(in: found)
        #expect(claims.count == 2)
        #expect(claims[0].checkworthiness > claims[1].checkworthiness)
    }

    @Test func questionsAreNotClaims() {
        let found = analysis("Who ordered the strike?")
        #expect(ClaimFinder().claims(in: found).isEmpty)
    }
}

/// The claims step inside the whole analysis pipeline.
@Suite struct ClaimPipelineTests {
    @Test func analyzerAttributesAReportedClaim() {
        let document = Document(
            id: "t", source: "-", format: .text,
            blockTexts: [(.paragraph, "Tehran claims its strikes hastened a cease-fire. The talks resume on Monday.")])
        let analysis = Analyzer().analyze(document)
        let texts = analysis.claims.map { analysis.document.text(in: $0.range) }
        #expect(texts.contains("its strikes hastened a cease-fire"))
        #expect(texts.contains("The talks resume on Monday"))
        let reported = analysis.claims.first { analysis.document.text(in: $0.range) == "its strikes hastened a cease-fire" }
        #expect(reported?.isInterestedParty == true)
        #expect(reported?.source != .article)
    }
}

/// Odd input degrades quietly: no crash, every range inside the body.
@Suite struct ClaimOddInputTests {
    @Test(arguments: [
        "", "…", ";;;", "“", "İSTANBUL'S MAYOR SAID ‘NO’; AND", "e\u{301}e\u{301}'s , but they were; so",
        "Iran’s", "\u{1F600} 12 % ; 3", "a, and b, and c, and d",
    ])
    func rangesStayInsideTheBody(text: String) {
        let document = Document(id: "t", source: "-", format: .text, blockTexts: [(.paragraph, text)])
        let analysis = Analyzer().analyze(document)
        let count = document.scalars.count
        for claim in analysis.claims {
            #expect(claim.range.start >= 0 && claim.range.end <= count && !claim.range.isEmpty)
            #expect((claim.hedges + claim.signals.map(\.range)).allSatisfy { claim.range.contains($0) })
            #expect((0...1).contains(claim.checkworthiness))
        }
    }
}

@Suite struct OwnCountryTests {
    @Test func reportedSpeechAboutTheSpeakersCountryIsInterested() {
        let text = "The general said the country's air defences forced the enemy to retreat."
        let document = Document(id: "t", source: "-", format: .text, blockTexts: [(.paragraph, text)])
        var analysis = TextLayer().analyze(document)
        analysis.speakers = [Speaker(name: "The general", kind: .unnamedIndividual, roles: ["Iranian general"])]
        let content = TextRange(17, text.unicodeScalars.count - 1)
        analysis.quotes = [Quote(
            range: content, kind: .indirect, cue: TextRange(12, 16), speaker: SpeakerMention(range: TextRange(0, 11), entity: 0),
            sentenceIndex: 0)]
        let claims = ClaimFinder().claims(in: analysis)
        #expect(claims.map { document.text(in: $0.range) } == ["the country's air defences forced the enemy to retreat"])
        #expect(claims.first?.isInterestedParty == true)
        analysis.speakers[0].roles = ["general"]
        #expect(ClaimFinder().claims(in: analysis).first?.isInterestedParty == false)
    }
}
