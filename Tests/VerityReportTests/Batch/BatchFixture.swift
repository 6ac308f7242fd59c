import Foundation
import VerityCore
import VerityReport

/// A hand-built audit and reporter for batch tests: every "allegedly" is a warning, every
/// "secret" an error; reports are one line naming the format, the id and the finding count.
enum BatchFixture {
    static let audit: Batch.Audit = { document in
        var findings: [Finding] = []
        for (word, level) in [("allegedly", Level.warning), ("secret", Level.error)] {
            var searchStart = document.text.startIndex
            while let found = document.text.range(of: word, range: searchStart..<document.text.endIndex) {
                let start = document.text.unicodeScalars.distance(
                    from: document.text.unicodeScalars.startIndex, to: found.lowerBound)
                findings.append(
                    Finding(
                        ruleID: "word-\(word)", level: level, message: "“\(word)”",
                        range: TextRange(start, start + word.unicodeScalars.count), speakerIndex: 0))
                searchStart = found.upperBound
            }
        }
        let speaker = Speaker(name: "A. Spokesperson", kind: .namedPerson)
        let analysis = DocumentAnalysis(document: document, speakers: [speaker])
        let rules = Dictionary(
            findings.map {
                ($0.ruleID, RuleInfo(id: $0.ruleID, family: "words", title: $0.message, level: $0.level, explanation: ""))
            }, uniquingKeysWith: { first, _ in first })
        return AuditResult(analysis: analysis, findings: findings, rules: rules)
    }

    static let render: Batch.Render = { format, result, context in
        "\(format.rawValue) \(result.document.id) \(result.findings.count) \(context.generatedAt)\n"
    }

    static func document(id: String, text: String, title: String? = nil, outlet: String? = nil) -> Document {
        Document(
            id: id, source: "\(id).txt", format: .text,
            metadata: ArticleMetadata(title: title, outlet: outlet),
            blockTexts: [(kind: .paragraph, text: text)])
    }

    static func article(id: String, text: String, title: String? = nil, outlet: String? = nil) -> BatchArticle {
        BatchArticle(id: id, source: "\(id).txt", result: .success(document(id: id, text: text, title: title, outlet: outlet)))
    }

    static func failing(id: String) -> BatchArticle {
        BatchArticle(id: id, source: "\(id).html", result: .failure(BatchReadFailure(message: "\(id).html: error: cannot read the file")))
    }

    static func batch(output: URL, jobs: Int = 2, force: Bool = false, formats: [ReportFormat] = [.html, .json], fingerprint: String = "rules-1") -> Batch {
        let configuration = BatchConfiguration(
            outputDirectory: output, formats: formats, jobs: jobs, force: force, fingerprint: fingerprint,
            context: ReportContext(toolVersion: "9.9.9", generatedAt: "2026-01-01T00:00:00Z"))
        return Batch(configuration: configuration, audit: audit, render: render)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verity-batch-tests-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file under `folder`, as paths relative to it, sorted.
    static func files(under folder: URL) -> [String] {
        let root = folder.resolvingSymlinksInPath().path
        let enumerator = FileManager.default.enumerator(atPath: root)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}
