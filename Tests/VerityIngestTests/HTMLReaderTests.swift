import Foundation
import Testing
import VerityCore
@testable import VerityIngest

@Suite struct HTMLReaderTests {
    private func read(_ html: String) -> Document {
        HTMLReader().document(from: Data(html.utf8), id: "page", source: "page.html")
    }

    @Test func keepsTheArticleAndDropsPageChrome() {
        let document = read(HTMLFixtures.chromePage)
        for paragraph in HTMLFixtures.paragraphs { #expect(document.text.contains(paragraph)) }
        #expect(document.text.contains("We have waited ten years for this wall."))
        #expect(document.text.contains("Construction starts in March."))
        let chrome = [
            "Skip to main content", "Home", "We use cookies", "Share on Facebook", "Get our newsletter",
            "Sign up", "Related stories", "Storm floods fish market again", "Copyright Coastal Courier",
            "Photo: Harbour Archive", "enable JavaScript",
        ]
        for text in chrome { #expect(!document.text.contains(text), "chrome left in body: \(text)") }
    }

    @Test func headlineGoesToTitleNotBody() {
        let document = read(HTMLFixtures.chromePage)
        #expect(document.metadata.title == "Breakwater approved for Lindqvist Bay")
        #expect(!document.text.contains("Breakwater approved"))
        #expect(document.metadata.language == "en-GB")
    }

    @Test func blocksCarryTheirKinds() {
        let document = read(HTMLFixtures.chromePage)
        let kinds = Dictionary(document.blocks.map { (document.text(in: $0.range), $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds[HTMLFixtures.paragraphs[0]] == .paragraph)
        #expect(kinds["A divided town"] == .heading)
        #expect(kinds["We have waited ten years for this wall."] == .blockquote)
        #expect(kinds["Construction starts in March."] == .listItem)
        #expect(kinds["The old fish market after the January storm."] == .caption)
    }

    @Test func scriptsAndStylesNeverReachTheBody() {
        let document = read(HTMLFixtures.chromePage)
        for text in ["trackingSecret", "do-not-show", "inline-script-text", "font-family", "secret-style"] {
            #expect(!document.text.contains(text))
        }
    }

    @Test func readsJSONLDWithReferencedAuthors() {
        let document = read(HTMLFixtures.jsonLDPage)
        #expect(document.metadata.title == "Breakwater approved for Lindqvist Bay")
        #expect(document.metadata.authors == ["Anna Lindqvist", "Jonas Berg"])
        #expect(document.metadata.published == "2025-03-04")
        #expect(document.metadata.outlet == "Coastal Courier")
        #expect(document.metadata.url == "https://example.org/news/breakwater")
        #expect(document.metadata.language == "de")
    }

    @Test func readsMetaTagsTimeAndStripsSiteName() {
        let document = read(HTMLFixtures.metaPage)
        #expect(document.metadata.title == "Cruise levy passes first vote")
        #expect(document.metadata.authors == ["Mira Holm"])
        #expect(document.metadata.published == "2024-11-18")
        #expect(!document.text.contains("By Mira Holm"))
    }

    @Test func recoversFromBrokenMarkup() {
        let html = "<html><body><div class=content><p>\(HTMLFixtures.paragraphs[0])<p>\(HTMLFixtures.paragraphs[1])</span><div><p>\(HTMLFixtures.paragraphs[2])"
        let document = read(html)
        #expect(document.blocks.count == 3)
        for paragraph in HTMLFixtures.paragraphs { #expect(document.text.contains(paragraph)) }
    }

    @Test func emptyAndBinaryInputGiveAnEmptyBody() {
        #expect(read("").text.isEmpty)
        let binary = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        _ = HTMLReader().document(from: binary, id: "bin", source: "bin.html")
    }

    @Test func survivesTwoHundredThousandLevelsOfNesting() {
        let depth = 200_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Deep inside the page.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let document = read(html)
        #expect(document.text.isEmpty || document.text.contains("Deep inside the page."))
        let unclosed = "<html><body>" + String(repeating: "<span><b>", count: depth / 2) + "Never closed."
        #expect(read(unclosed).text.count <= "Never closed.".count)
    }

    @Test func deeplyNestedJSONLDDoesNotCrash() {
        let arrays = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        let html = "<html><head><script type=\"application/ld+json\">\(arrays)</script></head><body><article><p>\(HTMLFixtures.paragraphs[0])</p></article></body></html>"
        let document = read(html)
        #expect(document.text == HTMLFixtures.paragraphs[0])
        #expect(document.metadata.authors.isEmpty)
    }
}
