import ArgumentParser
import Foundation
import Verity

/// `verity classify`: batch-scores sentences from JSON Lines for one task.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Score sentences (JSON Lines with \"id\" and \"text\") as check-worthy, hedged, weasel-worded or loaded.",
        discussion: """
            Writes one JSON object a line: {"id","label","score","cues"}; for --task loaded also \
            "biased" and "words". Other fields of the input are ignored. With --features, writes \
            the features the models weigh instead ({"id","features"}), for training a model.
            Exit status 2 when the input cannot be read or a line is not a record.
            """
    )

    @Option(help: "What to decide: checkworthy, hedge, weasel or loaded.")
    var task: SentenceClassifier.Task

    @Option(name: .long, help: "The JSON Lines file to read, or - for standard input.")
    var jsonl: String = "-"

    @Flag(help: "Write each sentence's features instead of a verdict.")
    var features = false

    func run() throws {
        let records: [SentenceRecord]
        do {
            records = try SentenceRecord.read(path: jsonl)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
        let classifier = SentenceClassifier(task: task)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var output = Data()
        for record in records {
            if features {
                output += try encoder.encode(FeatureLine(record: record))
            } else {
                output += try encoder.encode(VerdictLine(record: record, classifier: classifier))
            }
            output += Data("\n".utf8)
        }
        FileHandle.standardOutput.write(output)
    }
}

extension SentenceClassifier.Task: ExpressibleByArgument {}

/// One output line of `verity classify`.
struct VerdictLine: Encodable {
    var id: String
    var label: Int
    var score: Double
    var cues: [String]
    var biased: Bool?
    var words: [String]?

    init(record: SentenceRecord, classifier: SentenceClassifier) {
        let verdict = classifier.classify(text: record.text)
        let scalars = Array(record.text.unicodeScalars)
        let cueTexts = verdict.cues.map { range in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range.start..<min(range.end, scalars.count)])
            return String(view)
        }
        id = record.id
        label = verdict.label ? 1 : 0
        score = (verdict.score * 10000).rounded() / 10000
        cues = cueTexts
        if classifier.task == .loaded {
            biased = verdict.label
            words = cueTexts
        }
    }
}

/// One output line of `verity classify --features`.
struct FeatureLine: Encodable {
    var id: String
    var features: [String]

    init(record: SentenceRecord) {
        let document = Document(id: record.id, source: "-", format: .text, blockTexts: [(.paragraph, record.text)])
        let tokens = Tokenizer().tokens(in: document)
        let words = TokenWords(tokens: tokens, scalars: document.scalars)
        id = record.id
        features = SentenceFeatures().features(in: words, tokens: 0..<tokens.count).sorted()
    }
}
