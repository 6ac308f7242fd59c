import Foundation
import Testing
import VerityCore
@testable import VerityIngest

@Suite struct ArticleFormatTests {
    @Test(arguments: [
        ("story.html", SourceFormat.html), ("STORY.HTM", .html), ("a/b.txt", .text), ("notes.md", .markdown),
        ("notes.markdown", .markdown),
    ])
    func extensionDecides(path: String, format: SourceFormat) {
        #expect(ArticleFormat.format(forPath: path) == format)
        #expect(ArticleFormat.detect(path: path, data: Data("<html><p>x</p></html>".utf8)) == format)
    }

    @Test(arguments: [
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", SourceFormat.html),
        ("\u{FEFF}  <!-- saved page -->\n<html lang=\"en\">", .html),
        ("<p>Just a paragraph.</p>", .html),
        ("# Heading\n\nSome *text* and a [link](x).", .markdown),
        ("Title\n=====\n\nBody text.", .markdown),
        ("- one\n- two\n", .markdown),
        ("Plain words.\n\nMore plain words, with a <b> inside.", .text),
        ("I said <no> to that.", .text),
        ("", .text),
    ])
    func contentDecidesWithoutAnExtension(content: String, format: SourceFormat) {
        #expect(ArticleFormat.sniff(Data(content.utf8)) == format)
        #expect(ArticleFormat.detect(path: "article", data: Data(content.utf8)) == format)
        #expect(ArticleFormat.detect(path: nil, data: Data(content.utf8)) == format)
    }
}
