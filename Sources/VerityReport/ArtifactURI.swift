/// Turns a document's `source` into a SARIF artifact URI: relative paths stay relative (resolved
/// against the `SRCROOT` base, the directory verity ran in), absolute paths become `file:` URIs,
/// and sources that already are absolute URIs are kept.
struct ArtifactURI: Equatable, Sendable {
    /// The base id relative URIs are resolved against.
    static let sourceRoot = "SRCROOT"

    /// The URI, percent-encoded.
    var uri: String
    /// `SRCROOT` for relative URIs, nil for absolute ones.
    var baseID: String?

    init(source: String) {
        if Self.hasScheme(source) {
            uri = Self.encoded(source, keeping: ":/?#[]@!$&'()*+,;=%")
            baseID = nil
        } else if source.hasPrefix("/") {
            uri = "file://" + Self.encoded(source, keeping: "/")
            baseID = nil
        } else {
            var path = Substring(source)
            while path.hasPrefix("./") { path = path.dropFirst(2) }
            uri = Self.encoded(String(path), keeping: "/")
            baseID = Self.sourceRoot
        }
    }

    /// Whether `text` starts with a URI scheme of two or more letters (one letter is a drive).
    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        guard scheme.count >= 2, let first = scheme.unicodeScalars.first, first.isASCIILetter else { return false }
        return scheme.unicodeScalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) }
            && text[colon...].hasPrefix("://")
    }

    /// `text` with every byte outside the unreserved set and `keeping` percent-encoded.
    private static func encoded(_ text: String, keeping: String) -> String {
        let kept = Set(keeping.utf8)
        var output = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80 && (scalar.isASCIILetter || ("0"..."9").contains(scalar) || "-._~".utf8.contains(byte) || kept.contains(byte)) {
                output.unicodeScalars.append(scalar)
            } else {
                output += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 0x0f, radix: 16, uppercase: true)
            }
        }
        return output
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is an ASCII letter.
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
