import Foundation

/// Tells whether bytes can be an article at all: not empty, not binary.
///
/// Binary means a NUL byte in the first 8 KiB (outside UTF-16 text with a byte-order mark) or
/// the signature of a common binary format. Anything else is text, however damaged.
enum ContentCheck {
    private static let signatures: [(bytes: [UInt8], name: String)] = [
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "a PDF document"), ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0x47, 0x49, 0x46, 0x38], "a GIF image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"), ([0x1F, 0x8B], "gzip data"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
    ]

    /// Why `data` is unusable as an article, or nil when it can be read.
    static func problem(in data: Data) -> ReadError.Reason? {
        guard data.contains(where: { !isBlank($0) }) else { return .empty }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return nil }
        if let signature = signatures.first(where: { data.starts(with: $0.bytes) }) {
            return .binary("looks like \(signature.name)")
        }
        if let nul = data.prefix(8192).firstIndex(of: 0) {
            return .binary("NUL byte at offset \(nul - data.startIndex)")
        }
        return nil
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
