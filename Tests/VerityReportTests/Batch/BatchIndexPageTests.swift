import Foundation
import Testing
import VerityCore
@testable import VerityReport

@Suite struct BatchIndexPageTests {
    static let payload = "<script>document.title='pwned'</script><img src=x onerror=\"alert(1)\">"

    @Test func articleTextAndMetadataNeverBecomeMarkup() async throws {
        let output = try BatchFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let hostile = BatchFixture.article(
            id: "\"><svg onload=alert(1)>", text: "allegedly " + Self.payload, title: Self.payload,
            outlet: "<b onmouseover=alert(1)>Outlet</b>")
        let failing = BatchArticle(
            id: "<iframe src=javascript:alert(1)>", source: "x'\"><script>.html",
            result: .failure(BatchReadFailure(message: "bad <script>alert(1)</script>")))
        _ = try await BatchFixture.batch(output: output).run([hostile, failing])
        let page = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        let allowed: Set<String> = [
            "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "main",
            "section", "ul", "li", "b", "table", "thead", "tbody", "tr", "th", "td", "br", "small", "a", "code",
        ]
        for tag in page.components(separatedBy: "<").dropFirst().map({ $0.prefix { $0 != ">" } }) {
            let name = tag.drop { $0 == "/" }.prefix { !$0.isWhitespace }
            #expect(allowed.contains(String(name)), "unexpected tag <\(tag)>")
            #expect(!tag.lowercased().contains(" on"), "event handler in <\(tag)>")
        }
        #expect(page.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"))
        #expect(page.contains("&lt;iframe src=javascript:alert(1)&gt;"))
        #expect(page.contains("Content-Security-Policy"))
        let hrefs = page.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(hrefs.count == 3)
        #expect(hrefs.allSatisfy { $0.hasPrefix("articles/") && !$0.contains("..") })
    }

    @Test func linksArePercentEncoded() {
        #expect(BatchIndexPage.percentEncoded("articles/日本 a&b.html") == "articles/%E6%97%A5%E6%9C%AC%20a%26b.html")
        #expect(BatchIndexPage.escape("a\u{0}b\u{7}c&") == "abc&amp;")
    }
}
