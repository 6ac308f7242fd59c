import Foundation
import VerityCore

/// Findings accepted earlier, so an audit reports only new ones. Each entry is keyed on rule id,
/// normalised sentence and normalised matched words, never on line numbers, so it survives edits
/// elsewhere in the article and changes of case, spacing and punctuation.
public struct Baseline: Sendable {
    /// One accepted finding.
    public struct Entry: Hashable, Sendable, Codable, Comparable {
        /// The rule id.
        public var rule: String
        /// The finding's sentence, normalised.
        public var sentence: String
        /// The finding's words, normalised.
        public var match: String

        public static func < (lhs: Entry, rhs: Entry) -> Bool {
            (lhs.rule, lhs.sentence, lhs.match) < (rhs.rule, rhs.sentence, rhs.match)
        }
    }

    private struct File: Codable {
        var version: Int
        var findings: [Entry]
    }

    /// Accepted entries, sorted; an entry appears once per finding it accepts.
    public private(set) var entries: [Entry]

    /// A baseline accepting every finding of `results`.
    public init(results: [AuditResult]) {
        entries = results.flatMap { result in result.findings.map { Self.entry(for: $0, in: result.analysis) } }.sorted()
    }

    /// Reads a baseline written by `encoded()`.
    public static func load(path: String) throws(RuleLoadError) -> Baseline {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let file = try JSONDecoder().decode(File.self, from: data)
            guard file.version == 1 else {
                throw RuleLoadError(path: path, message: "unsupported baseline version \(file.version)")
            }
            return Baseline(entries: file.findings)
        } catch let error as RuleLoadError {
            throw error
        } catch let error as DecodingError {
            throw RuleLoadError(path: path, message: "not a Verity baseline: \(error.shortDescription)")
        } catch {
            throw RuleLoadError(path: path, message: "cannot read baseline: \(error.localizedDescription)")
        }
    }

    private init(entries: [Entry]) {
        self.entries = entries.sorted()
    }

    /// The baseline as JSON with sorted keys and a trailing newline: byte-stable.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(File(version: 1, findings: entries))) ?? Data("{}".utf8)
        return data + Data("\n".utf8)
    }

    /// `findings` without those the baseline accepts; each entry accepts one finding.
    public func filter(_ findings: [Finding], in analysis: DocumentAnalysis) -> [Finding] {
        var remaining = entries.reduce(into: [Entry: Int]()) { $0[$1, default: 0] += 1 }
        return findings.filter { finding in
            let key = Self.entry(for: finding, in: analysis)
            guard let count = remaining[key], count > 0 else { return true }
            remaining[key] = count - 1
            return false
        }
    }

    /// The key of one finding.
    static func entry(for finding: Finding, in analysis: DocumentAnalysis) -> Entry {
        let document = analysis.document
        let sentence = finding.sentenceIndex.flatMap { analysis.sentences.indices.contains($0) ? analysis.sentences[$0].range : nil }
        return Entry(
            rule: finding.ruleID, sentence: sentence.map { normalised(document, $0) } ?? "",
            match: normalised(document, finding.range))
    }

    /// Lower-case letters and digits of `range`, every other run of scalars made one space.
    static func normalised(_ document: Document, _ range: TextRange) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for index in range.offsets where document.scalars.indices.contains(index) {
            let scalar = TokenKey.fold(document.scalars[index])
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(result)
    }
}

extension DecodingError {
    /// The coding path and problem in one line.
    var shortDescription: String {
        switch self {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context),
            .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        @unknown default:
            return "\(self)"
        }
    }
}
