import Foundation
import Testing
import VerityCore
@testable import VerityIngest

@Suite struct HTMLSourceMapTests {
    private let html = """
        <html>
        <body>
        <article>
        <p>\(HTMLFixtures.paragraphs[0])</p>
        <!-- verity-disable quote-attribution: the mayor confirmed this by email -->
        <p>\(HTMLFixtures.paragraphs[1])</p>
        <p>\(HTMLFixtures.paragraphs[2])</p>
        </article>
        <nav><!-- in the navigation, not the article --><a href="/">Home</a></nav>
        </body>
        </html>
        """

    private var document: Document { HTMLReader().document(from: Data(html.utf8), id: "map", source: "map.html") }

    @Test func blocksMapBackToTheirLines() {
        let document = self.document
        #expect(document.blocks.count == 3)
        for (index, line) in [4, 6, 7].enumerated() {
            let start = document.blocks[index].range.start
            #expect(document.sourceMap.sourceLocation(of: start)?.line == line)
            #expect(document.sourceMap.sourceLocation(of: start + 10)?.line == line)
        }
    }

    @Test func commentsInTheBodyKeepTheirPlace() {
        let document = self.document
        #expect(document.comments.count == 1)
        let comment = document.comments.first
        #expect(comment?.text == "verity-disable quote-attribution: the mayor confirmed this by email")
        #expect(comment?.offset == document.blocks[1].range.start)
        #expect(comment?.location?.line == 5)
    }
}
