import Foundation
import Testing
import VerityCore
@testable import VerityIngest

/// Articles whose body sits in several sibling boxes, on a fact-check page written for this test.
@Suite struct ArticleBoxesTests {
    static let bodyParagraphs = [
        "The post, shared thousands of times since Monday, compares a single adult ticket from April with a family return ticket bought this month, which is not a like-for-like comparison.",
        "According to the fare tables the company publishes each season, a single adult ticket rose from 14 to 17 euros, an increase of about a fifth, while the family return fare rose from 38 to 45 euros.",
        "The company said the rise followed a new fuel surcharge agreed with the regional transport office, and that season passes for islanders kept their old price until the end of the year.",
        "Two regular passengers we spoke to confirmed paying 17 euros for a single crossing in the last fortnight, matching the published tables rather than the figure in the post.",
    ]

    static let page = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Did the ferry company triple its fares? | Harbour Check</title></head>
        <body><header><nav><a href="/">Home</a> <a href="/checks">Fact checks</a></nav></header>
        <main><article class="factcheck">
        <h1>Did the ferry company triple its fares?</h1>
        <section class="card claim-card"><h2>Claim</h2><p>A viral post says the island ferry now costs three times what it did last spring.</p></section>
        <section class="card rating-card"><h2>Our rating</h2><p>Mostly false</p></section>
        <section class="card body-card"><p>\(bodyParagraphs[0])</p><p>\(bodyParagraphs[1])</p></section>
        <section class="card analysis-card"><h2>What the tables show</h2><p>\(bodyParagraphs[2])</p><p>\(bodyParagraphs[3])</p></section>
        <section class="card teaser-card"><a href="/a">Was the bridge really closed for a year? Our check of the claim that the harbour bridge stayed shut for twelve months.</a></section>
        </article>
        <aside class="related"><h3>More fact checks</h3><ul><li><a href="/b">Did the mayor ban bicycles?</a></li></ul></aside>
        </main><footer>Copyright Harbour Check</footer></body></html>
        """

    @Test func keepsTheRunningTextOfEveryBodyBox() {
        let document = HTMLReader().document(from: Data(Self.page.utf8), id: "check", source: "check.html")
        for paragraph in Self.bodyParagraphs { #expect(document.text.contains(paragraph)) }
        #expect(document.text.contains("What the tables show"))
    }

    @Test func leavesLinkBoxesAndAsidesOut() {
        let document = HTMLReader().document(from: Data(Self.page.utf8), id: "check", source: "check.html")
        #expect(!document.text.contains("Was the bridge really closed"))
        #expect(!document.text.contains("Did the mayor ban bicycles?"))
        #expect(!document.text.contains("Copyright Harbour Check"))
    }
}
