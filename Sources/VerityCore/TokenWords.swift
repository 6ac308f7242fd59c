/// The tokens of a document as lower-case words, computed once by the text layer for every later
/// step (quote finders, lexicons, classifiers).
///
/// `lower[i]` is token `i` lower-cased, nothing else; `words[i]` is also folded for lexicons:
/// curly apostrophes made straight and a possessive `'s` or `'` dropped (`Iran’s` → `iran`);
/// `ranges[i]` is the Unicode-scalar range of that word (without the possessive). Indices match
/// `DocumentAnalysis.tokens`.
public struct TokenWords: Sendable {
    /// Each token's text, lower-cased scalar by scalar.
    public let lower: [String]
    /// Normalised text of each token.
    public let words: [String]
    /// Range of each token, Unicode-scalar offsets, end exclusive.
    public let ranges: [TextRange]
    /// Kind of each token.
    public let kinds: [Token.Kind]
    /// Whether each token starts with an upper-case letter.
    public let capitals: [Bool]
    /// A 64-bit FNV-1a hash of each normalised word, so lexicons look words up without
    /// hashing strings again.
    public let hashes: [UInt64]
    /// `TokenKey` of each token's whole text (possessive kept), for the rule engine.
    public let keys: [UInt64]

    /// Normalises `tokens` of a body given as scalars.
    public init(tokens: [Token], scalars: [Unicode.Scalar]) {
        var lower: [String] = []
        var words: [String] = []
        var ranges: [TextRange] = []
        lower.reserveCapacity(tokens.count)
        var capitals: [Bool] = []
        words.reserveCapacity(tokens.count)
        capitals.reserveCapacity(tokens.count)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(tokens.count)
        var keys: [UInt64] = []
        keys.reserveCapacity(tokens.count)
        var bytes: [UInt8] = []
        for token in tokens {
            let first = token.range.start < scalars.count ? scalars[token.range.start] : " "
            capitals.append(first.isASCII ? (0x41...0x5A).contains(first.value) : first.properties.isUppercase)
            var range = token.range
            if TokenWords.asciiBytes(token.range, scalars: scalars, buffer: &bytes) {
                // The common case: strip the possessive and hash on the bytes, one String a token.
                var count = bytes.count
                if token.kind == .word, count > 2, bytes[count - 2] == 0x27, bytes[count - 1] == 0x73 {
                    count -= 2
                    range.end -= 2
                } else if token.kind == .word, count > 1, bytes[count - 1] == 0x27 {
                    count -= 1
                    range.end -= 1
                }
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for byte in bytes[..<count] { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
                // The key hashes the whole token the same way: it differs only when a possessive went.
                keys.append(count == bytes.count ? hash : TokenKey.key(asciiLowercase: bytes))
                let text = String(decoding: bytes, as: UTF8.self)
                lower.append(text)
                words.append(count == bytes.count ? text : String(decoding: bytes[..<count], as: UTF8.self))
                hashes.append(hash)
            } else {
                lower.append(TokenWords.lowercased(token.range, scalars: scalars))
                keys.append(TokenKey.key(scalars, token.range.start..<min(token.range.end, scalars.count)))
                var word = TokenWords.unicodeWord(token.range, scalars: scalars)
                if token.kind == .word, word.utf8.count > 2, word.hasSuffix("'s") {
                    word.removeLast(2)
                    range.end -= 2
                } else if token.kind == .word, word.utf8.count > 1, word.hasSuffix("'") {
                    word.removeLast()
                    range.end -= 1
                }
                words.append(word)
                hashes.append(TokenWords.hash(word))
            }
            ranges.append(range)
        }
        self.hashes = hashes
        self.keys = keys
        self.lower = lower
        self.words = words
        self.ranges = ranges
        self.kinds = tokens.map(\.kind)
        self.capitals = capitals
    }

    /// Fills `buffer` with the lower-cased bytes of an all-ASCII token and returns true, or
    /// returns false when the token has other scalars.
    private static func asciiBytes(_ range: TextRange, scalars: [Unicode.Scalar], buffer: inout [UInt8]) -> Bool {
        buffer.removeAll(keepingCapacity: true)
        for offset in range.offsets where offset < scalars.count {
            let value = scalars[offset].value
            guard value < 0x80 else { return false }
            buffer.append(UInt8(value) | ((0x41...0x5A).contains(value) ? 0x20 : 0))
        }
        return true
    }

    /// A token lower-cased scalar by scalar (a scalar whose lower case is several keeps the first).
    private static func lowercased(_ range: TextRange, scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        for offset in range.offsets where offset < scalars.count {
            let scalar = scalars[offset]
            if scalar.properties.changesWhenLowercased {
                view.append(scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar)
            } else {
                view.append(scalar)
            }
        }
        return String(view)
    }

    /// The normalised word of a token with non-ASCII scalars.
    private static func unicodeWord(_ range: TextRange, scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView()
        for offset in range.offsets where offset < scalars.count {
            view.append(TokenWords.fold(scalars[offset]))
        }
        return String(view).lowercased()
    }

    /// Whether token `index` starts with an upper-case letter.
    public func isCapitalised(_ index: Int) -> Bool { capitals[index] }

    /// The FNV-1a hash of a normalised word's UTF-8 bytes (stable across runs).
    public static func hash(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Lower-cases `word` and straightens its apostrophes, as tokens are normalised.
    public static func normalise(_ word: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in word.unicodeScalars { view.append(fold(scalar)) }
        return String(view).lowercased()
    }

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "\u{2019}", "\u{2018}", "\u{02BC}": "'"
        case "\u{2010}", "\u{2011}", "\u{2013}": "-"
        default: scalar
        }
    }
}
