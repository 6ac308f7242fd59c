import Foundation
import Testing
import VerityCore
@testable import VerityIngest

@Suite struct MarkdownReaderTests {
    private func read(_ markdown: String) -> Document {
        MarkdownReader().document(from: Data(markdown.utf8), id: "m", source: "m.md")
    }

    private func blocks(_ document: Document) -> [String] {
        document.blocks.map { "\($0.kind.rawValue) \(document.text(in: $0.range))" }
    }

    @Test func keepsStructureAsBlocks() {
        let document = read("""
            Intro paragraph
            continues here.

            ## Section *one*

            > A quoted
            > passage.

            - first item
            - second item
              continued

            1. numbered

            Setext heading
            --------------

            ---

            ```
            let x = "*not emphasis*"
            ```
            """)
        #expect(blocks(document) == [
            "paragraph Intro paragraph continues here.",
            "heading Section one",
            "blockquote A quoted passage.",
            "list_item first item",
            "list_item second item continued",
            "list_item numbered",
            "heading Setext heading",
            "paragraph let x = \"*not emphasis*\"",
        ])
    }

    @Test(arguments: [
        ("Some **bold** and *italic* and __strong__ and _em_.", "Some bold and italic and strong and em."),
        ("A [link](https://example.com \"title\") and [ref][r] here.", "A link and ref here."),
        ("Code `a * b` and ``x ` y`` stay.", "Code a * b and x ` y stay."),
        ("An image ![alt text](pic.png) vanishes.", "An image vanishes."),
        ("Escaped \\*stars\\* and snake_case_name and 2 * 3 * 4.", "Escaped *stars* and snake_case_name and 2 * 3 * 4."),
        ("Entities &amp; &ldquo;quotes&rdquo; &#8212; &#x2019;", "Entities & “quotes” — ’"),
        ("Tags <em>gone</em> and <https://x.example> kept.", "Tags gone and https://x.example kept."),
        ("~~struck~~ text and ~5 km", "struck text and ~5 km"),
        ("Unclosed *emphasis and [bracket stay", "Unclosed *emphasis and [bracket stay"),
        ("Footnote[^1] dropped.", "Footnote dropped."),
    ])
    func removesInlineMarkup(markdown: String, expected: String) {
        let document = read(markdown + "\n\n[r]: https://example.com/ref")
        #expect(document.text == expected)
    }

    @Test func offsetsAreUnicodeScalarsAndMapBackToTheSource() {
        let source = "---\ntitle: T\n---\n**Ça** va 🙂 [très](u) “bien”.\n\n> Élan *vital*"
        let document = read(source)
        #expect(document.text == "Ça va 🙂 très “bien”.\n\nÉlan vital")
        let scalars = Array(document.text.unicodeScalars)
        #expect(document.scalars == scalars)
        let bien = 14
        #expect(document.text(in: TextRange(bien, bien + 4)) == "bien")
        #expect(document.blocks[1].range == TextRange(22, 32))
        // "**Ça**": body offset 0 is "Ç" at line 4 column 3.
        #expect(document.sourceMap.sourceLocation(of: 0) == SourceLocation(line: 4, column: 3))
        // "très" follows "[" at column 13 of line 4; "bien" stands at column 24.
        #expect(document.sourceMap.sourceLocation(of: 8) == SourceLocation(line: 4, column: 14))
        #expect(document.sourceMap.sourceLocation(of: bien) == SourceLocation(line: 4, column: 24))
        // "vital" inside the blockquote: line 6, after "> Élan *".
        #expect(document.sourceMap.sourceLocation(of: 27) == SourceLocation(line: 6, column: 9))
    }

    @Test func frontMatterTitleAndOpeningHeadingAndBylineGoToMetadata() {
        let document = read("""
            ---
            author: [Jane Doe]
            outlet: The Ledger
            date: 2025-07-21T09:30:00Z
            ---

            # Ministers *meet* in Moscow

            By Jane Doe

            The talks began on Monday.
            """)
        #expect(document.metadata.title == "Ministers meet in Moscow")
        #expect(document.metadata.authors == ["Jane Doe"])
        #expect(document.metadata.published == "2025-07-21T09:30:00Z")
        #expect(document.text == "The talks began on Monday.")
    }

    @Test func htmlCommentsAreKeptWithTheirOffsetsAndLocations() {
        let document = read("""
            First paragraph.

            <!-- verity:disable anonymous-source -->
            Second <!-- inline note --> paragraph.

            <!--
            multi
            line
            -->
            """)
        #expect(document.text == "First paragraph.\n\nSecond paragraph.")
        #expect(document.comments.map(\.text) == ["verity:disable anonymous-source", "inline note", "multi\nline"])
        #expect(document.comments.map(\.offset) == [18, 25, 35])
        #expect(document.comments[0].location == SourceLocation(line: 3, column: 1))
        #expect(document.comments[1].location == SourceLocation(line: 4, column: 8))
    }

    @Test func imageParagraphWithTextIsACaption() {
        let document = read("Text.\n\n![Ships](ships.jpg)\n*Ships at sea. Photo: Mehr*\n\n![only](x.png)")
        #expect(blocks(document) == ["paragraph Text.", "caption Ships at sea. Photo: Mehr"])
    }

    @Test func pathologicalMarkupStaysLinear() {
        let brackets = String(repeating: "[", count: 50_000) + String(repeating: "*a ", count: 50_000)
            + String(repeating: "[x", count: 20_000) + "]" + String(repeating: "(", count: 20_000) + ")"
            + String(repeating: "`", count: 3) + String(repeating: "<!-- ", count: 10_000)
        let document = read(brackets)
        #expect(document.blocks.count == 1)
        #expect(document.text.hasPrefix("[[[["))
    }
}
