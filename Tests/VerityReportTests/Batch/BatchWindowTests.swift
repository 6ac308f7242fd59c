import Testing
import VerityCore
@testable import VerityReport

@Suite struct BatchWindowTests {
    static func article(_ id: String, size: Int?) -> BatchArticle {
        BatchArticle(id: id, source: id + ".html", sizeHint: size) {
            .failure(BatchReadFailure(message: "not read in this test"))
        }
    }

    @Test func theLargestPendingArticleStartsFirstAndStemsFollowInputOrder() {
        let sizes = [10, 50, 20, 90, 30, 40]
        let articles = sizes.enumerated().map { Self.article("same", size: $0.element) }
        var window = BatchWindow(articles.makeIterator(), lookahead: 3)
        var started: [Int] = []
        var stems: [Int: String] = [:]
        while let next = window.next() {
            started.append(next.index)
            stems[next.index] = next.stem
        }
        // Window of 3: {10,50,20} → 50; {10,20,90} → 90; {10,20,30} → 30; {10,20,40} → 40; then 20, 10.
        #expect(started == [1, 3, 4, 5, 2, 0])
        #expect(stems[0] == "same" && stems[1] == "same-html")
        #expect(Set(stems.values).count == sizes.count)
    }

    @Test func withoutSizesTheInputOrderIsKept() {
        let articles = (0..<5).map { Self.article("a\($0)", size: nil) }
        var window = BatchWindow(articles.makeIterator(), lookahead: 4)
        var started: [Int] = []
        while let next = window.next() { started.append(next.index) }
        #expect(started == [0, 1, 2, 3, 4])
    }
}
