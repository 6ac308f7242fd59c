/// SHA-256 over bytes fed in pieces: how a batch tells whether an article's reports are up to date.
///
/// Collects the bytes and hashes them with the module's `SHA256` when the digest is asked for.
public struct ContentDigest: Sendable {
    private var bytes: [UInt8] = []

    public init() {}

    /// Adds `bytes` to the digest.
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        self.bytes.append(contentsOf: bytes)
    }

    /// Adds the UTF-8 bytes of `text`, then a zero byte so that consecutive fields stay apart.
    public mutating func update(field text: String) {
        bytes.append(contentsOf: text.utf8)
        bytes.append(0)
    }

    /// The digest of everything added so far, as 64 lowercase hexadecimal digits.
    public func hexDigest() -> String {
        let digits = Array("0123456789abcdef".utf8)
        let hex = SHA256.digest(bytes).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0f)]] }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The SHA-256 of `text`'s UTF-8 bytes, in hexadecimal.
    public static func sha256(_ text: String) -> String {
        var digest = ContentDigest()
        digest.update(text.utf8)
        return digest.hexDigest()
    }
}
