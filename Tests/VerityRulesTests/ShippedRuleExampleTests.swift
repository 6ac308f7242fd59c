import Foundation
import Testing
import VerityCore
@testable import VerityRules

/// The repository's `Rules/` folder.
let shippedRulesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Rules").path

/// One example of one shipped rule, plain or shifted: a test case a person can read.
struct ShippedExample: CustomTestStringConvertible, Sendable {
    let rules: RuleSet
    let rule: Rule
    let example: RuleExample
    let shifted: Bool

    var testDescription: String {
        let line = example.location.map { ":\($0.line)" } ?? ""
        return "\(rule.id)\(line) \(example.triggers ? "trigger" : "silent")\(shifted ? " shifted" : "")"
    }

    static let all: [ShippedExample] = {
        guard let rules = try? RuleSet.load(directory: shippedRulesDirectory) else { return [] }
        return rules.rules.flatMap { rule in
            rule.examples.flatMap { example in [false, true].map { ShippedExample(rules: rules, rule: rule, example: example, shifted: $0) } }
        }
    }()
}

@Suite struct ShippedRuleExampleTests {
    @Test func shippedRulesLoad() throws {
        let rules = try RuleSet.load(directory: shippedRulesDirectory)
        #expect(rules.rules.count >= 15)
        for rule in rules.rules {
            #expect(rule.examples.contains { $0.triggers }, "\(rule.id) has no trigger example")
            #expect(rule.examples.contains { !$0.triggers }, "\(rule.id) has no silent example")
            #expect(!rule.info.links.isEmpty, "\(rule.id) links no guideline")
        }
    }

    @Test(arguments: ShippedExample.all)
    func example(_ case: ShippedExample) {
        let outcome = ExampleRunner().run(`case`.example, of: `case`.rule, shifted: `case`.shifted, in: `case`.rules)
        #expect(outcome.passed, "\(outcome.summary)")
    }
}
