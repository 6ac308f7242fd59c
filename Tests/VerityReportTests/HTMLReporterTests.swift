import Foundation
import Testing
import VerityCore
@testable import VerityReport

@Suite struct HTMLReporterTests {
    static let hostilePage = HTMLReporter().render([HostileAudit.result], context: SampleAudit.context)

    /// The page with Verity's own style sheet and script cut out, after checking they are intact.
    static func markupOutsideAssets(_ page: String) -> String? {
        let style = "<style>" + HTMLAssets.style + "</style>"
        let script = "<script>" + HTMLAssets.script + "</script>"
        guard page.components(separatedBy: style).count == 2, page.components(separatedBy: script).count == 2 else { return nil }
        return page.replacingOccurrences(of: style, with: "").replacingOccurrences(of: script, with: "")
    }

    /// Every start tag in `markup` as (name, attribute names and values).
    static func tags(in markup: String) -> [(name: String, attributes: [(String, String)])] {
        let tagPattern = try? NSRegularExpression(pattern: "<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")
        let attributePattern = try? NSRegularExpression(pattern: "([^\\s=\"'/]+)(?:=\"([^\"]*)\")?")
        guard let tagPattern, let attributePattern else { return [] }
        let text = markup as NSString
        return tagPattern.matches(in: markup, range: NSRange(location: 0, length: text.length)).map { match in
            let name = text.substring(with: match.range(at: 1)).lowercased()
            let body = text.substring(with: match.range(at: 2))
            let bodyText = body as NSString
            let attributes = attributePattern.matches(in: body, range: NSRange(location: 0, length: bodyText.length)).map { found in
                let value = found.range(at: 2).location == NSNotFound ? "" : bodyText.substring(with: found.range(at: 2))
                return (bodyText.substring(with: found.range(at: 1)).lowercased(), value)
            }
            return (name, attributes)
        }
    }

    @Test func hostileArticleAddsNoElementsAttributesOrLinks() throws {
        let markup = try #require(Self.markupOutsideAssets(Self.hostilePage))
        let allowed: Set = [
            "html", "head", "meta", "title", "body", "header", "p", "strong", "div", "label", "select", "option",
            "output", "section", "h1", "h2", "code", "span", "article", "mark", "blockquote", "aside", "ol", "li",
            "a", "table", "thead", "tbody", "tr", "th", "td", "ul", "meter", "footer", "details", "summary",
        ]
        let tags = Self.tags(in: markup)
        #expect(tags.count > 40)
        #expect(tags.contains { $0.name == "mark" && $0.attributes.contains { $0.0 == "data-f" } })
        for tag in tags {
            #expect(allowed.contains(tag.name), "unexpected element <\(tag.name)>")
            for (name, value) in tag.attributes {
                #expect(!name.hasPrefix("on"), "event handler \(name) on <\(tag.name)>")
                if name == "href" { #expect(value.hasPrefix("https://") || value.hasPrefix("http://"), "link to \(value)") }
                if name == "src" || name == "style" { Issue.record("attribute \(name) on <\(tag.name)>") }
            }
        }
        #expect(!markup.lowercased().contains("<script"))
        #expect(!markup.contains("<!--"))
        #expect(!markup.lowercased().contains("</style"))
        #expect(!markup.lowercased().contains("</title><script"))
        #expect(markup.contains("&lt;script&gt;alert(&#39;heading&#39;)&lt;/script&gt;"))
        #expect(markup.contains("javascript:alert(&#39;url&#39;)"), "the unsafe URL is shown as text")
        #expect(markup.contains("href=\"https://guidelines.example/a?b=1&amp;c=&quot;&gt;&lt;script&gt;\""))
    }

    @Test func languageAttributeOnlyTakesATag() {
        #expect(!Self.hostilePage.contains("onload=\"alert"))
        #expect(HTML.languageTag("en-GB") == "en-GB")
        #expect(HTML.languageTag("en\" onload=\"x") == nil)
    }

    @Test func contentSecurityPolicyAllowsOnlyTheReportsOwnStyleAndScript() throws {
        let page = Self.hostilePage
        let policy = HTMLAssets.contentSecurityPolicy
        #expect(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\">"))
        #expect(policy.contains("default-src 'none'"))
        #expect(policy.contains("script-src 'sha256-\(SHA256.base64(HTMLAssets.script))'"))
        #expect(policy.contains("style-src 'sha256-\(SHA256.base64(HTMLAssets.style))'"))
        #expect(!policy.contains("unsafe-inline"))
        let head = try #require(page.components(separatedBy: "<style>").first)
        #expect(head.contains("Content-Security-Policy"), "the policy comes before any style or script")
    }

    @Test func overlappingFindingsSplitIntoFlatSegments() {
        let page = HTMLReporter().render([SampleAudit.result], context: SampleAudit.context)
        #expect(page.contains("<mark class=\"f error\" data-f=\"d0-f0\""))
        #expect(page.contains("<mark class=\"f error multi\" data-f=\"d0-f0 d0-f1\""))
        #expect(page.contains(">twice</mark>"))
        #expect(page.contains("<mark class=\"f info\" data-f=\"d0-f1\""))
        #expect(!page.contains("<mark class=\"f error\"><mark"), "marks never nest")
    }

    @Test func filtersListFamiliesAndSpeakersOfFindings() {
        let page = HTMLReporter().render([SampleAudit.result], context: SampleAudit.context)
        for family in ["claims", "numbers", "sourcing"] { #expect(page.contains("<option value=\"\(family)\">\(family)</option>")) }
        #expect(page.contains("<option value=\"s0\">A council source</option>"))
        #expect(page.contains("data-level=\"warning\" data-family=\"sourcing\" data-speaker=\"s1\""))
        #expect(page.contains("id=\"filters\" class=\"filters\" role=\"search\" hidden"))
    }

    @Test func highlightsExplainTheirRulesOnHover() {
        let page = HTMLReporter().render([SampleAudit.result], context: SampleAudit.context)
        #expect(page.contains("title=\"Error · Figure without a named source: The figure is attributed only to “officials”: name the document or the person.&#10;Info · Comparison without a baseline: Give the baseline of the comparison.\""))
        #expect(page.contains("<a href=\"https://guidelines.example/sourcing#anonymous\" class=\"bare\" rel=\"noopener noreferrer nofollow\">"))
    }

    @Test func tablesShowSpeakersQuotesAndClaims() {
        let page = HTMLReporter().render([SampleAudit.result], context: SampleAudit.context)
        #expect(page.contains("<tr><td>Ingrid Halvorsen</td><td>named person</td><td>chief engineer</td><td>the city</td><td>2</td>"))
        #expect(page.contains("<td>mixed</td><td>“rushed”</td><td>described</td><td>A council source</td>"))
        #expect(page.contains("<td>Ingrid Halvorsen (named person)</td><td>yes: likely</td>"))
        #expect(page.contains("<td>Brightline Works (organisation) · interested party</td>"))
        let claims = page.components(separatedBy: "<table class=\"claims\">").last ?? ""
        let order = ["0.82", "0.6", "0.41", "0.35"].compactMap { claims.range(of: "<meter min=\"0\" max=\"1\" value=\"\($0)\"")?.lowerBound }
        #expect(order.count == 4 && order == order.sorted(), "most check-worthy claim first")
    }

    @Test func emptyRangeFindingShowsAsPin() {
        var result = SampleAudit.result
        let offset = result.document.blocks[4].range.start
        result.findings = [Finding(ruleID: "hedged-claim", level: .info, message: "Pin", range: TextRange(offset, offset))]
        let page = HTMLReporter().render([result], context: SampleAudit.context)
        #expect(page.contains("<mark class=\"f info pin\" data-f=\"d0-f0\""))
    }
}

@Suite struct HTMLEscapingTests {
    @Test func controlAndBidiOverrideCharactersAreShownAsReplacement() {
        #expect(HTML.text("a\u{202E}txt.exe\u{1B}[2J\u{0}") == "a\u{FFFD}txt.exe\u{FFFD}[2J\u{FFFD}")
        #expect(HTML.text("line\nnext\ttab é") == "line\nnext\ttab é")
    }

    @Test func attributesKeepLineBreaksAsReferences() {
        #expect(HTML.attribute("a\"b\nc<d>") == "a&quot;b&#10;c&lt;d&gt;")
    }

    @Test(arguments: [
        ("https://example.org/x", true), ("HTTP://example.org", true), ("javascript:alert(1)", false),
        (" https://example.org", false), ("https://exa mple.org", false), ("data:text/html,x", false),
        ("https://", false), ("//example.org", false),
    ])
    func onlyWebURLsBecomeLinks(_ url: String, _ linked: Bool) {
        #expect(SafeURL.isWebURL(url) == linked)
        #expect(HTML.link(url).hasPrefix("<a ") == linked)
    }
}
