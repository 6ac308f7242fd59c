import VerityCore

/// Finding counts by level, worded for a reader: "3 findings: 1 error, 2 warnings".
struct LevelSummary: Sendable {
    /// How many findings there are at each level.
    var counts: [Level: Int]

    init(_ findings: [Finding]) {
        counts = findings.reduce(into: [:]) { $0[$1.level, default: 0] += 1 }
    }

    init(results: [AuditResult]) {
        self.init(results.flatMap(\.findings))
    }

    /// Total number of findings.
    var total: Int { counts.values.reduce(0, +) }

    /// The levels that occur, most serious first, with their counts.
    var nonEmpty: [(level: Level, count: Int)] {
        Level.allCases.reversed().compactMap { level in
            guard let count = counts[level], count > 0 else { return nil }
            return (level, count)
        }
    }

    /// "No findings", or "3 findings: 1 error, 2 warnings".
    var sentence: String {
        guard total > 0 else { return "No findings" }
        let parts = nonEmpty.map { Self.count($0.count, $0.level.rawValue, plural: $0.level.pluralName) }
        return Self.count(total, "finding") + ": " + parts.joined(separator: ", ")
    }

    /// "1 finding", "2 findings".
    static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
        "\(number) " + (number == 1 ? noun : plural ?? noun + "s")
    }
}

extension Level {
    /// The level's name for a count of more than one ("errors", "info").
    var pluralName: String {
        switch self {
        case .info: "info"
        case .warning: "warnings"
        case .error: "errors"
        }
    }
}

extension Level {
    /// The level's name capitalised ("Warning").
    var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
