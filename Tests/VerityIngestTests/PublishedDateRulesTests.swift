import Foundation
import Testing
import VerityCore
@testable import VerityIngest

/// The order of evidence for an HTML page's publication date, on pages written for these tests.
@Suite struct PublishedDateRulesTests {
    private func published(_ head: String, _ body: String, url: String = "") -> String? {
        let paragraphs = HTMLFixtures.paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
        let html = """
            <!DOCTYPE html><html><head><title>Ferry fares rise | Coastal Courier</title>\(head)</head>
            <body><main><article><h1>Ferry fares rise</h1>\(body)\(paragraphs)</article></main></body></html>
            """
        return HTMLReader().document(from: Data(html.utf8), id: "page", source: url).metadata.published
    }

    @Test func theLocalDayOfAnOffsetTimestampIsKept() {
        // 23:30 in New York on 14 May is already 15 May in UTC; the page's own day is wanted.
        let head = #"<meta property="article:published_time" content="2019-05-14T23:30:00-04:00">"#
        #expect(published(head, "") == "2019-05-14")
    }

    @Test func publishedBeatsModifiedInJSONLD() {
        let head = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares rise",
            "dateModified":"2021-06-04T09:00:00+02:00","datePublished":"2021-05-17T08:00:00+02:00"}</script>
            """
        #expect(published(head, "") == "2021-05-17")
    }

    @Test func aVisibleUpdateLabelYieldsToTheFirstPublishedDate() {
        let byline = #"<p class="byline-date">Updated 4 June 2021, first published 17 May 2021</p>"#
        #expect(published("", byline) == "2021-05-17")
    }

    @Test func aVisibleDateBeforeAnUpdateLabelIsThePublicationDate() {
        let byline = #"<div class="article-date">17 May 2021 · Updated 4 June 2021</div>"#
        #expect(published("", byline) == "2021-05-17")
    }

    @Test func aWeeklyReportIsDatedByTheFirstDayOfItsSpan() {
        let heading = "<p>Weekly report 14 – 20 January 2022</p>"
        #expect(published("", heading) == "2022-01-14")
    }

    @Test func embeddedAppStateIsTheLastResort() {
        let state = #"<script type="application/json" data-state="review">{"publishedDate": "2016-11-04T20:37:27Z"}</script>"#
        #expect(published(state, "") == "2016-11-04")
    }

    @Test func embeddedAppStateNeverOverridesWhatThePageStates() {
        let head = #"<meta property="article:published_time" content="2020-02-03T10:00:00Z"><script>var s = {"datePublished":"2016-11-04"};</script>"#
        #expect(published(head, "") == "2020-02-03")
    }

    @Test func aPageWithNoDateHasNone() {
        let state = #"<script>var s = {"publishedDate": "soon"};</script>"#
        #expect(published(state, "") == nil)
    }
}
