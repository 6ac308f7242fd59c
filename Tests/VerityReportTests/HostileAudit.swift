import VerityCore
import VerityReport

/// An article whose every field tries to inject markup, script, event handlers, `javascript:`
/// URLs, style breaks, comments and terminal escapes; reporters must show it all as text.
enum HostileAudit {
    static let metadata = ArticleMetadata(
        title: "</title><script>alert('title')</script>",
        authors: ["\"><img src=x onerror=alert('byline')>", "Eve <b onmouseover=alert(1)>"],
        outlet: "</style><style>body{display:none}</style>", published: "<!-- 2026 -->",
        url: "javascript:alert('url')", language: "en\" onload=\"alert('lang')")

    static var result: AuditResult {
        let fixture = ArticleFixture(
            id: "hostile", source: "evil\"><script>alert('source')</script>.html", metadata: metadata,
            blocks: [
                (.heading, "<script>alert('heading')</script>"),
                (.paragraph, "The minister said \"<img src=x onerror=alert('body')>\" and left. <!-- hidden --> ]]> </style>"),
                (.blockquote, "Visit <a href=\"javascript:alert('link')\">this</a> \u{1B}[2J\u{1B}]0;pwned\u{07} now \u{202E}txt.exe"),
            ])
        let f = fixture
        let sentences = [
            Sentence(range: f.document.blocks[0].range, blockIndex: 0, tokens: 0..<0),
            Sentence(range: f.document.blocks[1].range, blockIndex: 1, tokens: 0..<0),
            Sentence(range: f.document.blocks[2].range, blockIndex: 2, tokens: 0..<0),
        ]
        let speakers = [
            Speaker(name: "<svg onload=alert('speaker')>", kind: .namedPerson, roles: ["<i>role</i>"], mentions: [f.range(of: "The minister")])
        ]
        let quotes = [
            Quote(
                range: f.range(of: "<img src=x onerror=alert('body')>"), kind: .direct, cue: f.range(of: "said"),
                speaker: SpeakerMention(range: f.range(of: "The minister"), entity: 0), sentenceIndex: 1)
        ]
        let claims = [
            Claim(range: quotes[0].range, sentenceIndex: 1, source: .speaker(quote: 0, speaker: 0), hedges: [f.range(of: "<!-- hidden -->")], checkworthiness: 0.5)
        ]
        let analysis = DocumentAnalysis(document: f.document, sentences: sentences, quotes: quotes, speakers: speakers, claims: claims)
        let findings = [
            Finding(
                ruleID: "x\"><script>alert('rule')</script>", level: .error, message: "<b onclick=alert('message')>bold</b>",
                range: f.range(of: "<script>alert('heading')</script>"), sentenceIndex: 0),
            Finding(
                ruleID: "scare-quote", level: .warning, message: "Quoted: '\"><svg/onload=alert(1)>",
                range: f.range(of: "onerror=alert('body')>\" and"), sentenceIndex: 1, quoteIndex: 0, speakerIndex: 0),
            Finding(
                ruleID: "scare-quote", level: .info, message: "Escape test \u{1B}[31m red",
                range: f.range(of: "javascript:alert('link')"), sentenceIndex: 2),
        ]
        let rules = [
            "scare-quote": RuleInfo(
                id: "scare-quote", family: "\"><script>alert('family')</script>", title: "<u>Scare</u> quote", level: .warning,
                explanation: "</p><iframe src=javascript:alert('why')>",
                links: ["javascript:alert('guideline')", "https://guidelines.example/a?b=1&c=\"><script>", "data:text/html,<script>alert(1)</script>"])
        ]
        return AuditResult(analysis: analysis, findings: findings, rules: rules)
    }
}
