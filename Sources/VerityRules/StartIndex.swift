import VerityCore

/// Where a token-scanning check's matches can begin: tokens whose key is one of `keys`, tokens
/// in one of `classes`, or any token at all when `everyToken` (a first test such as `claim*`
/// or `<any>` that keys and classes cannot tell).
struct FirstTokens: Sendable {
    var keys: [UInt64] = []
    var classes: TokenClasses = []
    var everyToken = false

    /// The tokens of `context` a match may start at, in order.
    func candidates(in context: RuleContext) -> [Int] {
        StartIndex([self]).candidates(in: context)[0]
    }
}

/// The first tokens of every token-scanning rule of a rule set, indexed so that one pass over an
/// article's tokens finds where each rule's matches can begin: one filter probe per token, and a
/// table lookup for the few that pass, instead of one probe per token for every rule.
struct StartIndex: Sendable {
    private var count: Int
    private var filter = KeyFilter()
    /// Key to group number; a group lists the rules that have the key among their first keys.
    private var groups = KeyTable()
    private var groupRules: [Int] = []
    private var groupBounds = [0]
    /// Rules with class tests among their first tests, and the classes.
    private var classRules: [(position: Int, classes: TokenClasses)] = []
    private var classMask: TokenClasses = []
    private var everyTokenRules: [Int] = []

    /// Indexes the first tokens of the rules at each position; nil for a rule that does not scan.
    init(_ firsts: [FirstTokens?]) {
        count = firsts.count
        var rulesByKey: [UInt64: [Int]] = [:]
        var keyOrder: [UInt64] = []
        for (position, first) in firsts.enumerated() {
            guard let first else { continue }
            if first.everyToken {
                everyTokenRules.append(position)
                continue
            }
            for key in first.keys where rulesByKey[key]?.last != position {
                if rulesByKey[key] == nil { keyOrder.append(key) }
                rulesByKey[key, default: []].append(position)
                filter.insert(key)
            }
            if !first.classes.isEmpty {
                classRules.append((position, first.classes))
                classMask.formUnion(first.classes)
            }
        }
        for (group, key) in keyOrder.enumerated() {
            groups.set(group, node: 0, key: key)
            groupRules += rulesByKey[key] ?? []
            groupBounds.append(groupRules.count)
        }
    }

    /// Per rule position, the tokens of `context` its matches may start at, in order (empty for
    /// rules that do not scan tokens).
    func candidates(in context: RuleContext) -> [[Int]] {
        var lists = [[Int]](repeating: [], count: count)
        for position in everyTokenRules { lists[position] = Array(context.tokens.indices) }
        for index in context.keys.indices {
            let key = context.keys[index]
            if filter.mayContain(key), let group = groups.value(node: 0, key: key) {
                for position in groupRules[groupBounds[group]..<groupBounds[group + 1]] { lists[position].append(index) }
            }
            let classes = context.classes[index]
            guard !classes.isDisjoint(with: classMask) else { continue }
            // A token may pass both a rule's word and one of its classes; it is listed once.
            for (position, wanted) in classRules where !classes.isDisjoint(with: wanted) && lists[position].last != index {
                lists[position].append(index)
            }
        }
        return lists
    }
}
