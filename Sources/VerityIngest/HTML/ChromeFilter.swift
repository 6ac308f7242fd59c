/// Decides which elements are page chrome: navigation, headers and footers, asides, widgets
/// for sharing, related links, comments, newsletters and cookies, hidden and screen-reader text.
///
/// The decision looks at one element at a time (tag, role, `class`/`id` words, hidden state);
/// the caller drops an element's whole subtree when the element is chrome.
struct ChromeFilter: Sendable {
    /// Whether `class` and `id` words count; turned off when the strict pass found no article.
    var usesNames = true

    /// Whether the element at `index` of `tree` is chrome.
    /// `verdicts` caches the verdict on each distinct set of class names.
    func isChrome(_ index: Int, in tree: PageTree, verdicts: inout [String: Bool]) -> Bool {
        let tag = tree.nodes[index].tag
        switch tag {
        case .nav, .aside, .footer, .header, .menu, .fieldset, .form: return !wrapsArticle(index, in: tree)
        case .dialog, .label: return true
        case .html, .body, .main, .article: return false
        case .text, .comment: return false
        default: break
        }
        if tag.isNeverContent { return true }
        if isHidden(index, in: tree) { return true }
        if let role = tree.attribute(.role, of: index)?.lowercased(), Self.chromeRoles.contains(role) {
            return true
        }
        guard usesNames else { return false }
        let names = tree.names(of: index)
        guard !names.isEmpty else { return false }
        let verdict: Bool
        if let known = verdicts[names] {
            verdict = known
        } else {
            verdict = hasChromeName(names)
            verdicts[names] = verdict
        }
        return verdict && !holdsHeadline(index, in: tree)
    }

    /// Whether `names` (lower-cased `class` and `id` values) mark chrome and not article text.
    func hasChromeName(_ names: String) -> Bool {
        var chrome = false
        for word in names.split(separator: " ") {
            if Self.isContentWord(word) { return false }
            if !chrome { chrome = Self.isChromeWord(word) }
        }
        return chrome
    }

    /// Whether a header, footer, aside or form wraps the article, as broken or odd pages do:
    /// it holds an `<article>` or `<main>`, or three paragraphs.
    private func wrapsArticle(_ index: Int, in tree: PageTree) -> Bool {
        var paragraphs = 0
        for inner in (index + 1)..<Int(tree.nodes[index].end) {
            switch tree.nodes[inner].tag {
            case .article, .main: return true
            case .p:
                paragraphs += 1
                if paragraphs >= 3 { return true }
            default: continue
            }
        }
        return false
    }

    /// Whether an element holds the page's headline or main content, so that its class names
    /// ("wrapper-menu", "has-sidebar") describe the layout around the article, not chrome.
    private func holdsHeadline(_ index: Int, in tree: PageTree) -> Bool {
        for inner in (index + 1)..<Int(tree.nodes[index].end) {
            switch tree.nodes[inner].tag {
            case .article, .main, .h1: return true
            default: continue
            }
        }
        return false
    }

    private func isHidden(_ index: Int, in tree: PageTree) -> Bool {
        if tree.attribute(.hidden, of: index) != nil { return true }
        if tree.attribute(.ariaHidden, of: index)?.lowercased() == "true" { return true }
        guard let raw = tree.attribute(.style, of: index), raw.containsBytes("none") || raw.containsBytes("idden")
        else { return false }
        let style = raw.lowercased()
        let compact = style.filter { $0 != " " }
        return compact.containsBytes("display:none") || compact.containsBytes("visibility:hidden")
    }

    private static let chromeRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
        "toolbar", "dialog", "alertdialog", "tablist", "form",
    ]

    /// Parts of a class or id (split at `-` and `_`) that mark chrome when they stand alone.
    private static let chromeParts: Set<String> = [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer", "header",
        "masthead", "sidebar", "share", "sharing", "shares", "social", "related", "comment",
        "comments", "newsletter", "subscribe", "subscription", "cookie", "cookies", "consent",
        "gdpr", "banner", "ad", "ads", "advert", "advertisement", "adslot", "promo", "sponsor",
        "sponsored", "popup", "modal", "skip", "skiplink", "tags", "tag", "taglist", "toolbar",
        "pagination", "pager", "widget", "outbrain", "taboola", "disqus", "signup", "print",
        "sr", "visually", "screenreader", "recommended", "recommendations", "popular",
        "trending", "mostread", "byline", "dateline", "credit", "credits", "copyright", "login",
        "author", "authors", "bio", "teaser", "teasers", "overlay", "tooltip", "jump",
        "caption-credit", "photocredit", "more", "readmore", "read", "follow", "newsletters",
        "date", "time", "pubdate", "updated", "published", "meta",
    ]

    /// Substrings that mark chrome anywhere in a class or id.
    private static let chromeFragments: [String] = [
        "share", "social", "related", "newsletter", "cookie", "sidebar", "breadcrumb", "advert",
        "sponsor", "subscri", "outbrain", "taboola", "disqus", "recommend", "comment", "footer",
        "navbar", "masthead", "banner", "popup", "paywall-prompt", "skip-link", "skiplink",
        "screen-reader", "visually-hidden", "sr-only", "off-screen", "offscreen", "timestamp", "photo-credit", "image-credit", "byline",
    ]

    /// Class or id words that mark the article itself and override chrome words.
    private static let contentWords: Set<String> = [
        "article-body", "articlebody", "article-content", "articlecontent", "entry-content",
        "post-content", "post-body", "postbody", "story-body", "storybody", "story-content",
        "main-content", "maincontent", "article__body", "article-text", "articletext",
        "body-text", "bodytext", "content-body", "text-body", "td-post-content", "post-entry",
        "single-content", "rich-text", "richtext", "article__content", "c-entry-content",
    ]

    private static func isContentWord(_ word: Substring) -> Bool {
        contentWords.contains(String(word))
    }

    private static func isChromeWord(_ word: Substring) -> Bool {
        if word.hasPrefix("commentary") || word.hasPrefix("has-") || word.hasPrefix("is-") { return false }
        for fragment in chromeFragments where word.containsBytes(fragment) { return true }
        for part in word.split(whereSeparator: { $0 == "-" || $0 == "_" }) where chromeParts.contains(String(part)) {
            return true
        }
        return false
    }
}
