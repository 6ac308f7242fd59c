import Foundation
import Testing
import VerityCore
@testable import VerityIngest

@Suite struct ArticleLoaderTests {
    private func failure(_ path: String) -> ReadError? {
        do {
            _ = try ArticleLoader().document(at: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsEachFormatByExtensionWithTheFileStemAsID() throws {
        let folder = try TemporaryFolder()
        let markdown = try folder.write("# Title\n\nBody *text*.", to: "one.md")
        let text = try folder.write("Body text.", to: "two.txt")
        let html = try folder.write("<html><body><article><p>Body text here.</p></article></body></html>", to: "three.html")
        let first = try ArticleLoader().document(at: markdown)
        #expect((first.id, first.format, first.text, first.source) == ("one", .markdown, "Body text.", markdown))
        #expect(try ArticleLoader().document(at: text).format == .text)
        #expect(try ArticleLoader().document(at: html).format == .html)
        #expect(try ArticleLoader(format: .text).document(at: markdown).text == "# Title\n\nBody *text*.")
    }

    @Test func missingPathIsNamedInTheMessage() {
        let error = failure("/nonexistent/story.html")
        #expect(error?.reason == .notFound)
        #expect(error?.description == "/nonexistent/story.html: error: no such file or directory")
    }

    @Test func aDirectoryWhereAFileIsExpected() throws {
        let folder = try TemporaryFolder()
        #expect(failure(folder.url.path)?.description == "\(folder.url.path): error: is a directory")
    }

    @Test func unreadableFileGivesTheSystemsReason() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("secret", to: "locked.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        let canStillRead = FileManager.default.isReadableFile(atPath: path)  // true for root
        let error = failure(path)
        if canStillRead {
            #expect(error == nil)
        } else {
            #expect(error?.description == "\(path): error: cannot read (permission denied)")
        }
    }

    @Test(arguments: ["", "  \n\t\r\n  "])
    func emptyFilesAreUnusable(content: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(content, to: "empty.txt")
        #expect(failure(path)?.description == "\(path): error: file is empty")
    }

    @Test(arguments: [
        (Data([0x54, 0x65, 0x78, 0x74, 0x00, 0x01, 0x02]), "NUL byte at offset 4"),
        (Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]), "looks like a PNG image"),
        (Data("%PDF-1.7\n".utf8), "looks like a PDF document"),
    ])
    func binaryDataIsUnusable(bytes: Data, detail: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(bytes, to: "image.html")
        #expect(failure(path)?.description == "\(path): error: binary data, not an article (\(detail))")
    }

    @Test func invalidUTF8IsReadWithReplacements() throws {
        let folder = try TemporaryFolder()
        var bytes = Data("Caf".utf8)
        bytes.append(contentsOf: [0xE9, 0xC3])
        bytes.append(contentsOf: Data(" au lait.".utf8))
        let path = try folder.write(bytes, to: "latin1.txt")
        #expect(try ArticleLoader().document(at: path).text == "Caf\u{FFFD}\u{FFFD} au lait.")
    }

    @Test(.timeLimit(.minutes(5)))
    func hundredMegabyteFileIsRead() throws {
        let folder = try TemporaryFolder()
        let paragraph = String(repeating: "The minister said the “talks” went well, officials said. ", count: 16) + "\n\n"
        let chunk = Data(String(repeating: paragraph, count: 1_000).utf8)
        let path = folder.path("big.txt")
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var written = 0
        while written < 100_000_000 {
            try handle.write(contentsOf: chunk)
            written += chunk.count
        }
        try handle.close()
        let document = try ArticleLoader().document(at: path)
        let paragraphs = written / paragraph.utf8.count
        #expect(document.blocks.count == paragraphs)
        #expect(document.scalars.count == paragraphs * paragraph.unicodeScalars.count - 2)
    }

    @Test(.timeLimit(.minutes(5)))
    func htmlNested200000LevelsDeepIsRead() throws {
        let folder = try TemporaryFolder()
        let depth = 200_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth)
            + "<p>Deep inside the page, the article text is still here for readers.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let path = try folder.write(html, to: "deep.html")
        let document = try ArticleLoader().document(at: path)
        #expect(document.format == .html)
        #expect(document.id == "deep")
    }

    @Test func standardInputIsNamedInMessages() {
        #expect(ArticleLoader.id(forPath: "-") == "stdin")
        #expect(ArticleLoader.displayName(of: "-") == "<stdin>")
        #expect(ArticleLoader.id(forPath: "a/b/story.final.html") == "story.final")
    }
}
