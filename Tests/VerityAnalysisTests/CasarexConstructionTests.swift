import Testing
import VerityCore
@testable import VerityAnalysis

/// An article the project wrote around the CASAREX 2025 quotes and their attribution
/// constructions (the quoted words are the record; the prose around them is ours).
@Suite struct CasarexConstructionTests {
    static let article = [
        "Caspian Partners Talk Defence While Their Navies Drill",
        "Two defence ministers met in Moscow on Monday as warships gathered far to the south.",
        "According to Iran’s ambassador to Russia, Kazem Jalali, the session “centered on enhancing bilateral cooperation in the military and defence fields.” Officials on both sides described the atmosphere as “expansive,” and working groups were set up.",
        "A Russian fleet commander told Iranian state media that “the main aim is strengthening the defence power of Iran and Russia” and vowed that cooperation “must continue to grow.” Western outlets, including Newsweek, depicted the exercise as a calibrated response to the June strikes.",
        "Brigadier-General Alireza Sabahi Fard, head of the Khatam al-Anbiya Air Defence Base, said on Monday that the air-defence network “forced the Zionist enemy to retreat” in June. Speaking alongside IRGC Aerospace chief Brigadier-General Majid Mousavi, Sabahi Fard warned that Iranian batteries remain “fully prepared” should fighting resume. Tehran claims its swift retaliatory strikes hastened a U.S.–brokered cease-fire.",
        "In Astana, Iranian Foreign Minister Abbas Araghchi urged partners to stand together against U.S. “military and economic pressure.” Analysts see a multi-layered alignment taking shape.",
    ]

    static let analysis = Analyzer().analyze(AnalysisFixture.document(article, id: "casarex-constructions"))

    @Test(arguments: [
        ("centered on enhancing bilateral cooperation", "Kazem Jalali", "Kazem Jalali"),
        ("the main aim is strengthening the defence power", "A Russian fleet commander", "A Russian fleet commander"),
        ("must continue to grow", "A Russian fleet commander", "A Russian fleet commander"),
        ("forced the Zionist enemy to retreat", "Brigadier-General Alireza Sabahi Fard", "Brigadier-General Alireza Sabahi Fard"),
        ("fully prepared", "Sabahi Fard", "Brigadier-General Alireza Sabahi Fard"),
        ("expansive", "Officials on both sides", "Officials on both sides"),
        ("military and economic pressure", "Iranian Foreign Minister Abbas Araghchi", "Iranian Foreign Minister Abbas Araghchi"),
        ("its swift retaliatory strikes hastened a U.S.–brokered cease-fire", "Tehran", "Tehran"),
        ("a calibrated response", "Western outlets", "Western outlets"),
        ("a multi-layered alignment", "Analysts", "Analysts"),
    ])
    func attributedTo(words: String, mention: String, entity: String) {
        let analysis = Self.analysis
        let quote = AnalysisFixture.quote(containing: words, in: analysis)
        let text = quote?.speaker.map { analysis.document.text(in: $0.range) }
        #expect(text?.hasSuffix(mention) == true, "\(String(describing: text))")
        #expect(AnalysisFixture.speaker(of: quote, in: analysis)?.name == entity)
    }

    @Test func speakerKindsRolesAndAffiliations() {
        let speakers = Dictionary(Self.analysis.speakers.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(speakers["Kazem Jalali"]?.kind == .namedPerson)
        #expect(speakers["Kazem Jalali"]?.roles.contains("ambassador to Russia") == true)
        #expect(speakers["Kazem Jalali"]?.affiliations.contains("Iran") == true)
        #expect(speakers["A Russian fleet commander"]?.kind == .unnamedIndividual)
        #expect(speakers["Officials on both sides"]?.kind == .anonymousGroup)
        #expect(speakers["Analysts"]?.kind == .anonymousGroup)
        #expect(speakers["Tehran"]?.kind == .state)
        #expect(speakers["Western outlets"]?.kind == .media)
        #expect(speakers["Western outlets"]?.affiliations.contains("Newsweek") == true)
        let fard = speakers["Brigadier-General Alireza Sabahi Fard"]
        #expect(fard?.roles.contains("head of the Khatam al-Anbiya Air Defence Base") == true)
        #expect(fard?.mentions.count == 2)
    }

    @Test func quoteKinds() {
        let analysis = Self.analysis
        #expect(AnalysisFixture.quote(containing: "expansive", in: analysis)?.kind == .mixed)
        #expect(AnalysisFixture.quote(containing: "hastened", in: analysis)?.kind == .indirect)
        #expect(AnalysisFixture.quote(containing: "fully prepared", in: analysis)?.kind == .mixed)
    }
}
