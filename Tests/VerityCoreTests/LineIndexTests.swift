import Testing
import VerityCore

@Suite struct LineIndexTests {
    @Test func locatesOffsetsOnEveryKindOfLineBreak() {
        let index = LineIndex("ab\ncd\r\nef\rg")
        #expect(index.location(of: 0) == SourceLocation(line: 1, column: 1))
        #expect(index.location(of: 4) == SourceLocation(line: 2, column: 2))
        #expect(index.location(of: 7) == SourceLocation(line: 3, column: 1))
        #expect(index.location(of: 10) == SourceLocation(line: 4, column: 1))
    }

    @Test func countsColumnsInUnicodeScalars() {
        let index = LineIndex("é😀x")
        #expect(index.location(of: 2) == SourceLocation(line: 1, column: 3))
    }
}
