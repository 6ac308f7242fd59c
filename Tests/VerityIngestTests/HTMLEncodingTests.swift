import Foundation
import Testing
import VerityCore
@testable import VerityIngest

@Suite struct HTMLEncodingTests {
    private let sentence = "The café owner said “we stay open” during the works on the quay, which last two years."

    private func page(head: String, body: String) -> String {
        "<html><head>\(head)</head><body><article><p>\(body)</p><p>\(HTMLFixtures.paragraphs[0])</p><p>\(HTMLFixtures.paragraphs[1])</p></article></body></html>"
    }

    private func windows1252(_ text: String) -> Data {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            switch scalar {
            case "“": bytes.append(0x93)
            case "”": bytes.append(0x94)
            default: bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            }
        }
        return Data(bytes)
    }

    private func read(_ data: Data) -> Document {
        HTMLReader().document(from: data, id: "page", source: "page.html")
    }

    @Test func utf8WithByteOrderMark() {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(page(head: "", body: sentence).utf8)
        #expect(read(data).text.contains(sentence))
    }

    @Test(arguments: [
        "<meta charset=\"windows-1252\">", "<meta charset=iso-8859-1>",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
    ])
    func legacyCharsetFromMeta(declaration: String) {
        let document = read(windows1252(page(head: declaration, body: sentence)))
        #expect(document.text.contains(sentence))
    }

    @Test func noDeclarationMeansUTF8() {
        #expect(read(Data(page(head: "", body: sentence).utf8)).text.contains(sentence))
    }

    @Test func utf16WithByteOrderMark() {
        var data = Data([0xFF, 0xFE])
        for unit in page(head: "", body: sentence).utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        #expect(read(data).text.contains(sentence))
    }

    @Test func invalidUTF8IsReplacedNotFatal() {
        var data = Data(page(head: "<meta charset=utf-8>", body: "Before the bad bytes XX after them, the quay stays open all winter long.").utf8)
        let marker = data.range(of: Data("XX".utf8))
        if let marker { data.replaceSubrange(marker, with: [0xFF, 0xC3]) }
        let document = read(data)
        #expect(document.text.contains("Before the bad bytes \u{FFFD}\u{FFFD} after them"))
    }

    @Test func sniffsDeclaredCharsets() {
        let sniffer = CharsetSniffer()
        #expect(sniffer.encoding(of: Array("<meta charset='Shift_JIS'>".utf8)).encoding == .named("shift_jis"))
        #expect(sniffer.encoding(of: Array("<p>no declaration</p>".utf8)).encoding == .utf8)
        #expect(sniffer.encoding(of: [0xFE, 0xFF, 0x00, 0x3C]).encoding == .utf16BigEndian)
    }
}
