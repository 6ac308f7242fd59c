import VerityCore

/// The filter bar (level, rule family, speaker) and the keys findings carry for it.
///
/// The bar is `hidden` until the script shows it, so a page without script shows no dead controls.
/// Speakers are keyed `s0`, `s1`, … by their sorted names, so no article text reaches the script.
struct HTMLFilters {
    /// Rule families of all findings, sorted.
    let families: [String]
    /// Names of the speakers findings concern, sorted, unique.
    let speakerNames: [String]
    private let speakerKeys: [String: String]

    init(results: [AuditResult]) {
        var families: Set<String> = []
        var names: Set<String> = []
        for result in results {
            for finding in result.findings {
                families.insert(result.rule(for: finding).family)
                if let name = result.speakerName(result.speakerIndex(for: finding)) { names.insert(name) }
            }
        }
        self.families = families.sorted()
        speakerNames = names.sorted()
        speakerKeys = Dictionary(uniqueKeysWithValues: speakerNames.enumerated().map { ($1, "s\($0)") })
    }

    /// The filter key of the speaker a finding concerns, `none` when it concerns nobody.
    func speakerKey(for finding: Finding, in result: AuditResult) -> String {
        result.speakerName(result.speakerIndex(for: finding)).flatMap { speakerKeys[$0] } ?? "none"
    }

    func render(findingCount: Int) -> String {
        var bar = "<div id=\"filters\" class=\"filters\" role=\"search\" hidden><strong>Filter findings</strong>\n"
        bar += select("level", label: "Level", options: Level.allCases.reversed().map { ($0.rawValue, $0.rawValue) })
        bar += select("family", label: "Rule family", options: families.map { ($0, $0) })
        bar += select(
            "speaker", label: "Speaker",
            options: [("none", "(no speaker)")] + speakerNames.enumerated().map { ("s\($0)", $1) })
        bar += "<output id=\"filter-count\">Showing \(findingCount) of \(findingCount) findings</output>\n</div>\n"
        return bar
    }

    private func select(_ name: String, label: String, options: [(value: String, label: String)]) -> String {
        var html = "<label>\(label) <select id=\"filter-\(name)\"><option value=\"\">All</option>"
        for option in options {
            html += "<option value=\"\(HTML.attribute(option.value))\">\(HTML.text(option.label))</option>"
        }
        return html + "</select></label>\n"
    }
}
