import Testing
import VerityCore
@testable import VerityAnalysis

@Suite struct QuotationMarksTests {
    private func quoted(_ paragraphs: [String]) -> [String] {
        let document = AnalysisFixture.document(paragraphs)
        return QuotationMarks().spans(in: document).map { document.text(in: $0.content) }
    }

    @Test(arguments: [
        ("He said “we are ready” today.", ["we are ready"]),
        ("He said \"we are ready\" today.", ["we are ready"]),
        ("He said ''we are ready'' today.", ["we are ready"]),
        ("Il a dit « nous sommes prêts » hier.", [" nous sommes prêts "]),
        ("Er sagte „wir sind bereit“ gestern.", ["wir sind bereit"]),
        ("“He called it ‘a trap,’ and left,” she said.", ["He called it ‘a trap,’ and left,", "a trap,"]),
        ("Iran’s envoy and the Democrats’ leader don't agree on the ’90s.", []),
        ("The ‘Triumph’ was short.", ["Triumph"]),
    ])
    func pairs(text: String, expected: [String]) {
        #expect(quoted([text]) == expected)
    }

    @Test func quoteOverSeveralParagraphsRepeatsTheOpeningMark() {
        let spans = quoted(["“The first part goes on.", "“And the second part ends here,” she said."])
        #expect(spans == ["The first part goes on.\n\n“And the second part ends here,"])
    }

    @Test func unbalancedMarkStaysInItsParagraph() {
        let spans = quoted(["A stray “mark opens here and never closes.", "Later he said “this is fine” again."])
        #expect(spans == ["this is fine"])
    }
}
