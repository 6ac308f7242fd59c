import Verity

extension ArticleInputOptions {
    /// Analyses every readable article in input order and hands each analysis to `body`, with
    /// whether it is the first item; unreadable articles are reported on standard error and,
    /// once every article has been tried, the run ends with status 2.
    func forEachAnalysis(_ body: (DocumentAnalysis, _ isFirst: Bool) throws -> Void) throws {
        let analyzer = Analyzer()
        var unusable = 0
        var isFirst = true
        for item in articles {
            switch item.result {
            case .success(let document):
                try body(analyzer.analyze(document), isFirst)
            case .failure(let error):
                unusable += 1
                StandardStreams.report(error)
            }
            isFirst = false
        }
        if unusable > 0 { throw ExitStatus.unusableInput }
    }
}
