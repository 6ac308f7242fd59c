import Foundation
import VerityCore

/// A `verity-disable…` comment in the article, read from `Document.comments`.
///
/// Syntax (inside `<!-- … -->`):
/// - `verity-disable-next RULE[, RULE…]: reason`: the paragraph that follows the comment;
/// - `verity-disable RULE[, RULE…]: reason`: from the comment to `verity-enable RULE` or the end;
/// - `verity-enable RULE[, RULE…]`: ends a `verity-disable`.
/// RULE is a rule id or a family name. The reason is required.
struct Suppression: Sendable {
    /// Rule ids and family names the comment names.
    var names: [String]
    /// The body text the suppression covers.
    var range: TextRange
    /// Index into `Document.comments` of the comment.
    var commentIndex: Int

    /// Whether it covers a finding of `rule` (in `family`) at `range`.
    func covers(_ range: TextRange, rule: String, family: String) -> Bool {
        self.range.contains(range.start) && (names.contains(rule) || names.contains(family))
    }
}

/// A directive comment as written, before it is matched with the text it covers.
struct SuppressionDirective: Sendable {
    /// What the directive does.
    enum Action: String, Sendable {
        case disableNext = "verity-disable-next"
        case disable = "verity-disable"
        case enable = "verity-enable"
    }

    var action: Action
    var names: [String]
    var reason: String

    /// The problem with a comment that starts with `verity-` but cannot be used.
    enum Problem: Error, Sendable {
        case unknownDirective(String)
        case noRules
        case noReason
    }

    /// Reads a comment; nil when it is not meant for Verity at all.
    static func parse(_ comment: String) -> Result<SuppressionDirective, Problem>? {
        let text = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("verity-") else { return nil }
        let word = String(text.prefix { !$0.isWhitespace && $0 != ":" })
        guard let action = Action(rawValue: word) else { return .failure(.unknownDirective(word)) }
        let rest = text.dropFirst(word.count)
        let parts = rest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let names = parts[0].split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        let reason = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespacesAndNewlines) : ""
        guard !names.isEmpty else { return .failure(.noRules) }
        guard action == .enable || !reason.isEmpty else { return .failure(.noReason) }
        return .success(SuppressionDirective(action: action, names: names, reason: reason))
    }
}
