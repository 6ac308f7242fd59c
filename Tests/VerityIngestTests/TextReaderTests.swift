import Foundation
import Testing
import VerityCore
@testable import VerityIngest

@Suite struct TextReaderTests {
    private func read(_ text: String) -> Document {
        TextReader().document(from: Data(text.utf8), id: "t", source: "t.txt")
    }

    @Test func paragraphsSeparatedBySingleBlankLinesComeOutUnchanged() {
        let text = "“Ça ira,” dit-elle.\n\nLe maire 🙂 a répondu: « non ».\nDeuxième ligne.  \n\nFin."
        let document = read(text)
        #expect(document.text == text)
        #expect(document.blocks.map(\.kind) == [.paragraph, .paragraph, .paragraph])
        #expect(document.text(in: document.blocks[1].range) == "Le maire 🙂 a répondu: « non ».\nDeuxième ligne.  ")
        #expect(document.blocks[2].range == TextRange(text.unicodeScalars.count - 4, text.unicodeScalars.count))
    }

    @Test func extraBlankLinesAndSeparatorLinesSplitParagraphs() {
        let document = read("\n\nOne.\n\n\n\n* * *\n\nTwo.\r\nStill two.\r\n")
        #expect(document.text == "One.\n\nTwo.\nStill two.")
        #expect(document.blocks.count == 2)
    }

    @Test func frontMatterGivesMetadataAndIsNotBody() {
        let document = read("""
            ---
            title: "Ministers meet"
            authors:
              - Jane Doe
              - Ali Reza
            publisher: The Ledger
            date: July 21, 2025
            canonical: https://ledger.example/a
            lang: en
            ---
            Ministers meet

            By Jane Doe and Ali Reza

            The talks began on Monday.
            """)
        #expect(document.metadata.title == "Ministers meet")
        #expect(document.metadata.authors == ["Jane Doe", "Ali Reza"])
        #expect(document.metadata.outlet == "The Ledger")
        #expect(document.metadata.published == "2025-07-21")
        #expect(document.metadata.url == "https://ledger.example/a")
        #expect(document.metadata.language == "en")
        #expect(document.text == "The talks began on Monday.")
    }

    @Test func invalidYAMLFrontMatterIsReadLineByLine() {
        let document = read("---\ntitle: A: B: [unclosed\nauthor: Sam Smith\n---\nBody.")
        #expect(document.metadata.authors == ["Sam Smith"])
        #expect(document.text == "Body.")
    }

    @Test func firstShortLineIsTheTitleAndStaysInTheBody() {
        let document = read("Harbour plan approved\n\nBy Sam Smith\n\nThe council voted on Tuesday.")
        #expect(document.metadata.title == "Harbour plan approved")
        #expect(document.metadata.authors == ["Sam Smith"])
        #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .paragraph])
        #expect(document.text.hasPrefix("Harbour plan approved\n\n"))
    }

    @Test func aFirstSentenceIsNotATitle() {
        let document = read("The council voted on Tuesday.\n\nIt was close.")
        #expect(document.metadata.title == nil)
        #expect(document.blocks.first?.kind == .paragraph)
    }

    @Test func sourceMapPointsBackToLinesAndColumns() {
        let document = read("---\ntitle: T\n---\nÉté 🙂 one.\ntwo\n\nthree")
        let two = document.text.unicodeScalars.count - "two\n\nthree".unicodeScalars.count
        #expect(document.sourceMap.sourceLocation(of: 0) == SourceLocation(line: 4, column: 1))
        #expect(document.sourceMap.sourceLocation(of: 5) == SourceLocation(line: 4, column: 6))
        #expect(document.sourceMap.sourceLocation(of: two) == SourceLocation(line: 5, column: 1))
        #expect(document.sourceMap.sourceLocation(of: two + 5) == SourceLocation(line: 7, column: 1))
    }

    @Test func invalidUTF8IsReplacedNotFatal() {
        var data = Data("caf".utf8)
        data.append(contentsOf: [0xE9, 0x20, 0xFF])
        data.append(contentsOf: Data(" ok".utf8))
        let document = TextReader().document(from: data, id: "t", source: "t.txt")
        #expect(document.text == "caf\u{FFFD} \u{FFFD} ok")
    }

    @Test func utf16WithByteOrderMarkIsDecoded() {
        var data = Data([0xFF, 0xFE])
        for unit in "Hé 🙂".utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(TextReader().document(from: data, id: "t", source: "t.txt").text == "Hé 🙂")
    }
}
