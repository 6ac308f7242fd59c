/// Case- and apostrophe-folded identity of a token's whole text (a possessive kept) as a 64-bit
/// hash, so rule lexicons and patterns compare tokens without building strings (FNV-1a over folded
/// scalars). The text layer keys every token once (`TokenWords.keys`).
public enum TokenKey {
    /// The key of the scalars in `range`.
    public static func key(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range {
            let value = scalars[index].value
            // ASCII, most of any article, folds without the switch below.
            let folded = value < 0x80 ? (value &- 0x41 < 26 ? value | 0x20 : value) : fold(scalars[index]).value
            hash = (hash ^ UInt64(folded)) &* 0x100_0000_01b3
        }
        return hash
    }

    /// The key of a word in lower-case ASCII bytes: the same as the key of its text.
    public static func key(asciiLowercase bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The key of a word written in a rule file.
    public static func key(_ word: String) -> UInt64 {
        let scalars = Array(word.unicodeScalars)
        return key(scalars, 0..<scalars.count)
    }

    /// Lower case, with typographic apostrophes and hyphens made plain.
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x41...0x5A: return Unicode.Scalar(scalar.value + 32) ?? scalar
        case 0x00...0x7F: return scalar
        case 0x2018, 0x2019, 0x02BC: return "'"
        case 0x2010, 0x2011, 0x2012, 0x2013: return "-"
        case 0x2000...0x20FF: return scalar  // punctuation, currency: nothing to lower-case
        default:
            guard scalar.properties.changesWhenLowercased,
                let lower = scalar.properties.lowercaseMapping.unicodeScalars.first
            else { return scalar }
            return lower
        }
    }

    /// Whether the scalars in `range` begin with `prefix` (already folded).
    public static func hasPrefix(_ scalars: [Unicode.Scalar], _ range: Range<Int>, _ prefix: [Unicode.Scalar]) -> Bool {
        guard range.count >= prefix.count else { return false }
        for (offset, expected) in prefix.enumerated() where fold(scalars[range.lowerBound + offset]) != expected {
            return false
        }
        return true
    }
}
