/// The next articles of a batch's input, a bounded window ahead: names them in input order and
/// hands out the largest one first (longest-processing-time first), so that a big article late
/// in the input does not run alone after every other worker is done.
struct BatchWindow<Articles: IteratorProtocol<BatchArticle>> {
    private var articles: Articles
    private let lookahead: Int
    private var pending: [BatchStart] = []
    private var names = ReportNames()
    private var read = 0

    /// A window over `articles` holding at most `lookahead` articles (at least 1) not yet started.
    init(_ articles: Articles, lookahead: Int) {
        self.articles = articles
        self.lookahead = max(1, lookahead)
    }

    /// The largest pending article (by `sizeHint`; the earliest on a tie or without hints), or nil
    /// when the input is done.
    mutating func next() -> BatchStart? {
        while pending.count < lookahead, let article = articles.next() {
            pending.append(BatchStart(index: read, article: article, stem: names.stem(for: article.id, source: article.source)))
            read += 1
        }
        guard !pending.isEmpty else { return nil }
        var best = 0
        for position in pending.indices.dropFirst()
        where (pending[position].article.sizeHint ?? 0) > (pending[best].article.sizeHint ?? 0) {
            best = position
        }
        return pending.remove(at: best)
    }
}

/// An article ready to start, with its input position and report file stem.
struct BatchStart: Sendable {
    var index: Int
    var article: BatchArticle
    var stem: String
}
