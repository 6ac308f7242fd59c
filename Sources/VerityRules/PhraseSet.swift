import VerityAnalysis
import VerityCore

/// A set of words and phrases matched token by token through a trie of folded token keys:
/// one table lookup per token, so matching is linear in the text whatever the list size.
struct PhraseSet: Sendable {
    /// The trie's edges: node number and token key to the child's node number; the root is 0.
    private var children = KeyTable()
    /// Per node, the entry number of the phrase ending there, or -1.
    private var entries: [Int] = [-1]
    /// The first keys of every phrase, for a quick rejection before the trie lookup.
    private var firstKeyFilter = KeyFilter()
    /// The first keys of every phrase, each once, in the order of the phrases.
    private(set) var firstKeys: [UInt64] = []
    /// The phrases as written in the rule file, indexed by entry number.
    private(set) var phrases: [String] = []

    /// Builds the set; returns nil for a phrase with no words in it.
    init(_ phrases: [String]) throws(PhraseError) {
        for phrase in phrases {
            let keys = Self.keys(of: phrase)
            guard !keys.isEmpty else { throw PhraseError(phrase: phrase) }
            if !firstKeys.contains(keys[0]) { firstKeys.append(keys[0]) }
            firstKeyFilter.insert(keys[0])
            var node = 0
            for key in keys {
                if let next = children.value(node: node, key: key) {
                    node = next
                } else {
                    entries.append(-1)
                    children.set(entries.count - 1, node: node, key: key)
                    node = entries.count - 1
                }
            }
            if entries[node] < 0 {
                entries[node] = self.phrases.count
                self.phrases.append(phrase)
            }
        }
    }

    /// Whether the set is empty.
    var isEmpty: Bool { phrases.isEmpty }

    /// The longest phrase starting at token `start` and ending before token `limit`.
    func longestMatch(_ keys: [UInt64], at start: Int, limit: Int) -> (entry: Int, length: Int)? {
        guard start < limit, firstKeyFilter.mayContain(keys[start]) else { return nil }
        var node = 0
        var best: (entry: Int, length: Int)?
        var index = start
        while index < limit, let next = children.value(node: node, key: keys[index]) {
            node = next
            index += 1
            if entries[node] >= 0 { best = (entries[node], index - start) }
        }
        return best
    }

    /// Whether any phrase occurs among the tokens in `tokens`.
    func occurs(_ keys: [UInt64], in tokens: Range<Int>) -> Bool {
        for index in tokens where longestMatch(keys, at: index, limit: tokens.upperBound) != nil {
            return true
        }
        return false
    }

    /// The folded keys of a phrase's tokens, split the way article text is split.
    static func keys(of phrase: String) -> [UInt64] {
        let document = Document(id: "", source: "", format: .text, blockTexts: [(.paragraph, phrase)])
        return Tokenizer().tokens(in: document).map { TokenKey.key(document.scalars, $0.range.offsets) }
    }
}

/// A phrase in a rule file that has no words to match.
struct PhraseError: Error {
    var phrase: String
}

extension PhraseSet {
    /// Whether a phrase ends right before token `end`, starting no earlier than token `from`.
    func hasMatch(_ keys: [UInt64], endingAt end: Int, from: Int) -> Bool {
        for start in max(from, end - TokenPattern.maxTokens)..<max(from, end) {
            var node = 0
            var index = start
            while index < end, let next = children.value(node: node, key: keys[index]) {
                node = next
                index += 1
            }
            if index == end, entries[node] >= 0 { return true }
        }
        return false
    }
}
