/// The last resort for a page's publication date: the first `"datePublished"`,
/// `"publishedDate"` or `"publishDate"` key in the raw page, where single-page apps ship the
/// article they render as JSON state in a script (`<script type="application/json">`,
/// `window.__STATE__ = {…}`).
///
/// Used only when the page states no date anywhere else (no metadata, no `<time>`, no visible
/// date, none in the URL): such state may also list other articles, so it is weaker evidence
/// than anything the page shows, but the first key of a page's state is usually its own article.
struct EmbeddedStateDate: Sendable {
    private static let keys: [[UInt8]] = ["datePublished", "publishedDate", "publishDate"].map { Array($0.utf8) }

    /// The ISO date (`YYYY-MM-DD`) of the first publication-date key in `bytes` whose value is
    /// a date, or nil.
    func isoDate(in bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { page -> String? in
            let quote = UInt8(ascii: "\"")
            var cursor = 0
            while cursor < page.count {
                guard page[cursor] == quote else {
                    cursor += 1
                    continue
                }
                cursor += 1
                for key in Self.keys where Self.matches(key, in: page, at: cursor) {
                    if let value = Self.stringValue(in: page, after: cursor + key.count),
                        let date = DateNormalizer().isoDate(from: value)
                    {
                        return date
                    }
                }
            }
            return nil
        }
    }

    private static func matches(_ key: [UInt8], in page: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + key.count < page.count else { return false }
        for offset in 0..<key.count where page[start + offset] != key[offset] { return false }
        return page[start + key.count] == UInt8(ascii: "\"")
    }

    /// The string after `"key"`: a closing quote, optional blanks, a colon, blanks, and a quoted
    /// value of at most 40 bytes (a timestamp, not prose).
    private static func stringValue(in page: UnsafeBufferPointer<UInt8>, after keyEnd: Int) -> String? {
        var cursor = keyEnd + 1
        let blanks: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        while cursor < page.count, blanks.contains(page[cursor]) { cursor += 1 }
        guard cursor < page.count, page[cursor] == UInt8(ascii: ":") else { return nil }
        cursor += 1
        while cursor < page.count, blanks.contains(page[cursor]) { cursor += 1 }
        guard cursor < page.count, page[cursor] == UInt8(ascii: "\"") else { return nil }
        let start = cursor + 1
        var end = start
        while end < page.count, end - start <= 40, page[end] != UInt8(ascii: "\"") { end += 1 }
        guard end < page.count, page[end] == UInt8(ascii: "\""), end > start else { return nil }
        return String(decoding: page[start..<end], as: UTF8.self)
    }
}
