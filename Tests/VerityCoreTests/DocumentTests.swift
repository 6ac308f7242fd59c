import Testing
import VerityCore

@Suite struct DocumentTests {
    @Test func joinsBlocksWithBlankLinesAndRecordsScalarRanges() {
        let document = Document(
            id: "a", source: "a.txt", format: .text,
            blockTexts: [(.heading, "Ça va"), (.paragraph, "“Yes,” she said.")])
        #expect(document.text == "Ça va\n\n“Yes,” she said.")
        #expect(document.blocks.map(\.range) == [TextRange(0, 5), TextRange(7, 23)])
        #expect(document.text(in: document.blocks[1].range) == "“Yes,” she said.")
        #expect(document.blockIndex(containing: 8) == 1)
        #expect(document.blockIndex(containing: 6) == nil)
    }
}
