/// A word, number or punctuation mark in the body.
public struct Token: Hashable, Sendable, Codable {
    /// What a token is made of.
    public enum Kind: String, Hashable, Sendable, Codable {
        case word, number, punctuation, symbol
    }

    /// The token's scalars in the body.
    public var range: TextRange
    /// What the token is made of.
    public var kind: Kind

    public init(range: TextRange, kind: Kind) {
        self.range = range
        self.kind = kind
    }
}
