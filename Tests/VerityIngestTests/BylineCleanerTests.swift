import Testing
@testable import VerityIngest

@Suite struct BylineCleanerTests {
    @Test(arguments: [
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Von Anna Berg | 3 Min. Lesezeit", ["Anna Berg"]),
        ("Posted by Mira Holm - 18 November 2024", ["Mira Holm"]),
        ("https://example.org/authors/jane", []),
    ])
    func cleans(byline: String, expected: [String]) {
        #expect(BylineCleaner().names(in: byline) == expected)
    }

    @Test func stripsSiteNamesFromTitles() {
        let chooser = TitleChooser(siteName: "Coastal Courier", url: "https://www.coastalcourier.example/news/a")
        #expect(chooser.strippingSiteName("Breakwater approved | Coastal Courier") == "Breakwater approved")
        #expect(chooser.strippingSiteName("Coastal Courier - Breakwater approved") == "Breakwater approved")
        #expect(chooser.strippingSiteName("Sazerac - the New Orleans classic explained") == "Sazerac - the New Orleans classic explained")
    }
}
