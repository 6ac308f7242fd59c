import Foundation
import Testing
import VerityCore
@testable import VerityReport

@Suite struct JSONWriterTests {
    private struct Unsorted: Encodable {
        var zebra = 1
        var apple = [3, 1]
        var middle: [String: Int8] = ["b": 2, "a": -1, "c": 3]
        var empty: [String] = []
        var none: [String: Bool] = [:]
        var gone: String? = nil
    }

    /// Writes through nested containers and a super-encoder, which synthesized code never uses.
    private struct Manual: Encodable {
        enum Keys: String, CodingKey { case outer, list, base }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(UInt64.max)
            try list.encodeNil()
            var outer = container.nestedContainer(keyedBy: Keys.self, forKey: .outer)
            try outer.encode(true, forKey: .base)
            try "parent".encode(to: container.superEncoder(forKey: .base))
        }
    }

    @Test func keysAreSortedAtEveryLevelAndEmptyContainersStayShort() {
        let expected = """
            {
              "apple": [
                3,
                1
              ],
              "empty": [],
              "middle": {
                "a": -1,
                "b": 2,
                "c": 3
              },
              "none": {},
              "zebra": 1
            }

            """
        #expect(JSONWriter.encode(Unsorted()) == expected)
    }

    @Test func nestedContainersCloseBeforeTheNextEntry() {
        let expected = """
            {
              "base": "parent",
              "list": [
                18446744073709551615,
                null
              ],
              "outer": {
                "base": true
              }
            }

            """
        #expect(JSONWriter.encode(Manual()) == expected)
    }

    @Test(arguments: [
        ("plain", "\"plain\""), ("quote \" and \\ slash /", "\"quote \\\" and \\\\ slash /\""),
        ("line\nreturn\rtab\t", "\"line\\nreturn\\rtab\\t\""), ("bell\u{7}\u{1F}", "\"bell\\u0007\\u001f\""),
        ("é ✓ 🇳🇴 \u{2028}", "\"é ✓ 🇳🇴 \u{2028}\""),
    ])
    func stringsAreEscapedAsJSONRequires(_ value: String, _ json: String) throws {
        #expect(JSONWriter.encode(value) == json + "\n")
        let decoded = try JSONSerialization.jsonObject(with: Data(JSONWriter.encode([value]).utf8)) as? [String]
        #expect(decoded == [value])
    }

    @Test(arguments: [(0.82, "0.82"), (1.0, "1"), (-2.5, "-2.5"), (Double.nan, "null"), (1e-7, "1e-07")])
    func doublesAreWrittenShortestAndFinite(_ value: Double, _ json: String) {
        #expect(JSONWriter.encode(value) == json + "\n")
    }

    @Test(arguments: [[SampleAudit.result], [HostileAudit.result, SampleAudit.result], []])
    func fastPathWritesWhatEncodableWrites(_ results: [AuditResult]) {
        let report = JSONReporter.report(results, context: SampleAudit.context)
        let fast = JSONWriter.encode(report)
        let encodable = JSONWriter.encode(report, usesFastPaths: false)
        #expect(fast == encodable)
        #expect(fast.count > 100)
    }

    @Test func reportsReadBackLikeFoundationsSortedOutput() throws {
        let ours = JSONReporter().render([SampleAudit.result, HostileAudit.result], context: SampleAudit.context)
        let parsed = try JSONSerialization.jsonObject(with: Data(ours.utf8))
        let foundation = try JSONSerialization.data(withJSONObject: parsed, options: [.sortedKeys])
        let reparsed = try JSONSerialization.jsonObject(with: foundation)
        #expect((parsed as? NSDictionary) == (reparsed as? NSDictionary))
        let reference = String(decoding: foundation, as: UTF8.self).replacingOccurrences(of: "\\/", with: "/")
        #expect(Self.withoutLayout(ours) == reference, "same keys in the same order, byte for byte without layout")
    }

    /// `json` without the white space between tokens (string contents kept).
    static func withoutLayout(_ json: String) -> String {
        var output = String.UnicodeScalarView()
        var inString = false
        var escaped = false
        for scalar in json.unicodeScalars {
            if inString {
                output.append(scalar)
                if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { inString = false }
            } else if scalar == "\"" {
                inString = true
                output.append(scalar)
            } else if !scalar.properties.isWhitespace {
                output.append(scalar)
            }
        }
        return String(output)
    }
}
