import Foundation
import Testing

@Suite struct QuotesCommandTests {
    private func run(_ arguments: [String], stdin: String, in scratch: Scratch) throws -> VerityProcess.Run {
        try scratch.write(stdin, to: "input.jsonl")
        return try VerityProcess.run(arguments.map { $0 == "-" ? "input.jsonl" : $0 }, in: scratch.url)
    }

    @Test func jsonlRecordsCarryScalarOffsetsSpeakersAndCues() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let text = "😀 “The port is open,” said Harbour Master Lena Ortiz. She added that ferries would run."
        let record = try JSONSerialization.data(withJSONObject: ["id": "port", "text": text])
        let run = try run(["quotes", "--jsonl", "-", "--format", "jsonl"], stdin: String(decoding: record, as: UTF8.self) + "\n", in: scratch)
        #expect(run.status == 0)
        let line = try #require(run.output.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "port")
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        #expect(quotes.count == 2)
        let scalars = Array(text.unicodeScalars)
        for quote in quotes {
            let start = try #require(quote["start"] as? Int)
            let end = try #require(quote["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == quote["text"] as? String)
            let speaker = try #require(quote["speaker"] as? [String: Any])
            #expect(speaker["entity"] as? Int == 0)
        }
        #expect((quotes[0]["speaker"] as? [String: Any])?["text"] as? String == "Harbour Master Lena Ortiz")
        #expect((quotes[1]["speaker"] as? [String: Any])?["text"] as? String == "She")
        #expect((quotes[1]["cue"] as? [String: Any])?["text"] as? String == "added")
        let speakers = try #require(object["speakers"] as? [[String: Any]])
        #expect(speakers.first?["name"] as? String == "Harbour Master Lena Ortiz")
        #expect(speakers.first?["kind"] as? String == "named_person")
    }

    @Test func textDigestGroupsQuotesBySpeaker() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("Critics say the plan is rushed. “We will listen,” the mayor said.\n", to: "story.txt")
        let run = try VerityProcess.run(["quotes", "story.txt"], in: scratch.url)
        #expect(run.status == 0)
        #expect(run.output.contains("Critics — anonymous group"))
        #expect(run.output.contains("the mayor — unnamed individual"))
        #expect(run.output.contains("direct    \"We will listen,\"  (the mayor said)"))
    }

    @Test func unreadableInputExitsWithTwoAndNamesTheLine() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let run = try run(["quotes", "--jsonl", "-"], stdin: "{\"id\": \"x\"}\n", in: scratch)
        #expect(run.status == 2)
        #expect(run.error.contains(":1:"))
    }
}
