/// Drops the blocks of a chosen body that are still chrome: link lists, boilerplate lines
/// ("Advertisement", "Skip to main content"), the headline repeated as a heading, and headings
/// left with nothing after them.
struct BlockFilter: Sendable {
    /// The headline, which the body must not repeat.
    var title: String?

    /// Indices of the blocks to keep, in order.
    func kept(_ blocks: [RawBlock]) -> [Int] {
        let titleKey = title.map(TitleChooser.key)
        var kept: [Int] = []
        for (index, block) in blocks.enumerated() {
            if block.linkDensity > (block.element == .p ? 0.8 : 0.5) {
                // A heading that only introduced links ("Read more", "Don't miss") goes with them.
                if let last = kept.last, last == index - 1, blocks[last].kind == .heading { kept.removeLast() }
                continue
            }
            if Self.isBoilerplate(block.text) { continue }
            if block.element == .h1, let titleKey, TitleChooser.key(block.text) == titleKey { continue }
            if block.element == .h1 && kept.isEmpty { continue }
            kept.append(index)
        }
        while let last = kept.last, blocks[last].kind == .heading { kept.removeLast() }
        return kept
    }

    private static func isBoilerplate(_ text: String) -> Bool {
        guard text.count < 60 else { return false }
        let key = TitleChooser.key(text)
        return phrases.contains(key) || key.hasPrefix("skipto")
    }

    private static let phrases: Set<String> = [
        "advertisement", "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "advertentie",
        "sponsored", "sponsoredcontent", "skiptomaincontent", "skiptocontent", "readmore", "weiterlesen",
        "share", "sharethis", "shareonfacebook", "shareontwitter", "print", "email", "comments",
        "related", "relatedarticles", "relatedstories", "readnext", "mostread", "mostpopular",
        "subscribe", "signup", "closed", "close", "menu", "search", "login", "logout", "top",
        "backtotop", "nachobenscrollen", "zurück", "scrolltotop", "loading", "adchoices",
    ]
}
