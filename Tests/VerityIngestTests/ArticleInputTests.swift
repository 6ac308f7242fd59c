import Foundation
import Testing
import VerityCore
@testable import VerityIngest

@Suite struct ArticleInputTests {
    @Test func directoriesExpandToTheirArticleFilesSortedAndRecursively() throws {
        let folder = try TemporaryFolder()
        try folder.write("Beta.", to: "b.txt")
        try folder.write("Alpha.", to: "a.md")
        try folder.write("Gamma.", to: "sub/c.html")
        try folder.write("ignored", to: "notes.json")
        try folder.write("hidden", to: ".hidden/d.txt")
        let other = try TemporaryFolder()
        let extra = try other.write("Extra.", to: "extra.text")
        let items = Array(ArticleInput(paths: [folder.url.path, extra]))
        #expect(items.map(\.id) == ["a", "b", "c", "extra"])
        #expect(items.allSatisfy { $0.document != nil })
    }

    @Test func badPathsBecomeErrorItemsAndTheInputGoesOn() throws {
        let folder = try TemporaryFolder()
        let empty = try TemporaryFolder()
        let good = try folder.write("Fine.", to: "good.txt")
        let items = Array(ArticleInput(paths: ["/nonexistent.txt", empty.url.path, good]))
        #expect(items.count == 3)
        #expect(items[0].error?.reason == .notFound)
        #expect(items[1].error?.reason == .noArticles)
        #expect(items[2].document?.text == "Fine.")
    }

    @Test func jsonLinesStreamKeepsGoingPastABadLine() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("""
            {"id": "one", "text": "First article.", "title": "One", "author": ["A B", "C D"], "date": "2025-07-21"}

            this is not json
            {"id": "three", "markdown": "# Head\\n\\nThird *article*.", "outlet": "The Ledger"}
            [1, 2]
            {"id": "five", "html": "<html><body><article><p>Fifth article text.</p></article></body></html>"}
            {"id": "six"}
            {"id": "seven", "text": "   "}
            {"id": "eight", "text": "Broken line
            {"text": "No id."}\r
            """, to: "feed.jsonl")
        let items = Array(ArticleInput(jsonLines: path))
        #expect(items.map(\.id) == ["one", "feed-3", "three", "feed-5", "five", "six", "seven", "eight", "feed-10"])
        #expect(items.map(\.source) == [1, 3, 4, 5, 6, 7, 8, 9, 10].map { "\(path):\($0)" })
        let first = try #require(items[0].document)
        #expect(first.text == "First article.")
        #expect(first.metadata.title == "One")
        #expect(first.metadata.authors == ["A B", "C D"])
        #expect(first.metadata.published == "2025-07-21")
        #expect(items[1].error?.description.hasPrefix("\(path):3: error: line is not a JSON object (invalid JSON") == true)
        #expect(items[2].document?.text == "Third article.")
        #expect(items[2].document?.metadata.title == "Head")
        #expect(items[2].document?.metadata.outlet == "The Ledger")
        #expect(items[3].error?.description == "\(path):5: error: line is not a JSON object (found an array)")
        #expect(items[4].document?.format == .html)
        #expect(items[5].error?.description == "\(path):7: error: record has no \"html\", \"text\" or \"markdown\" string")
        #expect(items[6].error?.description == "\(path):8: error: record has no article text")
        #expect(items[7].error?.line == 9)
        #expect(items[8].document?.text == "No id.")
    }

    @Test func htmlInARecordIsNotDecodedTwice() throws {
        let folder = try TemporaryFolder()
        let page = #"<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>Café “crème” at the harbour, served every morning.</p></article></body></html>"#
        let path = try folder.write(#"{"id": "p", "html": "\#(page)"}"#, to: "pages.jsonl")
        let document = try #require(Array(ArticleInput(jsonLines: path)).first?.document)
        #expect(document.text.contains("Café “crème” at the harbour"))
    }

    @Test func jsonLinesErrorsForTheFileItself() throws {
        let folder = try TemporaryFolder()
        let missing = Array(ArticleInput(jsonLines: folder.path("none.jsonl")))
        #expect(missing.map { $0.error?.reason } == [.notFound])
        let directory = Array(ArticleInput(jsonLines: folder.url.path))
        #expect(directory.map { $0.error?.reason } == [.isDirectory])
        let blank = try folder.write("\n\n", to: "blank.jsonl")
        #expect(Array(ArticleInput(jsonLines: blank)).map { $0.error?.description } == ["\(blank): error: file is empty"])
    }

    @Test(.timeLimit(.minutes(3)))
    func jsonLinesAreReadOneAtATime() throws {
        let folder = try TemporaryFolder()
        let line = #"{"id": "n", "text": "A short article that repeats."}"# + "\n"
        let path = try folder.write(String(repeating: line, count: 20_000) + "{\"id\": \"last\", \"text\": \"End.\"}", to: "many.jsonl")
        var count = 0
        var last: ArticleInput.Item?
        for item in ArticleInput(jsonLines: path) {
            count += 1
            last = item
        }
        #expect(count == 20_001)
        #expect(last?.id == "last")
        #expect(last?.source == "\(path):20001")
    }
}
