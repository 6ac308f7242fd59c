/// Empties the content of `<script>` (other than JSON-LD) and `<style>` elements before libxml2
/// sees a page, keeping their line breaks so that line numbers stay true.
///
/// Such content is often half of a news page's bytes, and libxml2 scans it one character at a
/// time only for the reader to throw it away. Works on any ASCII-compatible encoding.
struct RawTextBlanker: Sendable {
    /// `bytes` with the content of scripts and styles reduced to its newlines.
    func blanked(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { input in
            var output: [UInt8] = []
            output.reserveCapacity(input.count)
            var copied = 0
            var cursor = 0
            while let open = nextOpening(in: input, from: cursor) {
                guard let tagEnd = index(of: UInt8(ascii: ">"), in: input, from: open.contentStart) else { break }
                let contentStart = tagEnd + 1
                guard let close = closing(open.name, in: input, from: contentStart) else { break }
                if isJSONLD(input, from: open.contentStart, to: tagEnd) {
                    cursor = close
                    continue
                }
                output.append(contentsOf: input[copied..<contentStart])
                for byte in input[contentStart..<close] where byte == UInt8(ascii: "\n") { output.append(byte) }
                copied = close
                cursor = close
            }
            output.append(contentsOf: input[copied...])
            return output
        }
    }

    private static let script = Array("script".utf8)
    private static let style = Array("style".utf8)

    /// The next `<script` or `<style` tag: its name and where its attributes start.
    private func nextOpening(in input: UnsafeBufferPointer<UInt8>, from start: Int) -> (name: [UInt8], contentStart: Int)? {
        var cursor = start
        while let open = index(of: UInt8(ascii: "<"), in: input, from: cursor) {
            cursor = open + 1
            for name in [Self.script, Self.style] where matches(name, in: input, at: open + 1) {
                let after = open + 1 + name.count
                guard after < input.count else { return nil }
                let next = input[after]
                if next == UInt8(ascii: ">") || next == UInt8(ascii: " ") || next == UInt8(ascii: "\t")
                    || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") || next == UInt8(ascii: "/")
                {
                    return (name, after)
                }
            }
        }
        return nil
    }

    /// The offset of `</name` at or after `start`.
    private func closing(_ name: [UInt8], in input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var cursor = start
        while let open = index(of: UInt8(ascii: "<"), in: input, from: cursor) {
            if open + 1 < input.count, input[open + 1] == UInt8(ascii: "/"), matches(name, in: input, at: open + 2) {
                return open
            }
            cursor = open + 1
        }
        return nil
    }

    /// Whether `name` (lower case) stands at `offset`, ignoring ASCII case.
    private func matches(_ name: [UInt8], in input: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard offset + name.count <= input.count else { return false }
        for (position, letter) in name.enumerated() where input[offset + position] | 0x20 != letter {
            return false
        }
        return true
    }

    private func index(of byte: UInt8, in input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var cursor = start
        while cursor < input.count {
            if input[cursor] == byte { return cursor }
            cursor += 1
        }
        return nil
    }

    private func isJSONLD(_ input: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        let pattern = Array("ld+json".utf8)
        var cursor = start
        while cursor + pattern.count <= end {
            if matches(pattern, in: input, at: cursor) { return true }
            cursor += 1
        }
        return false
    }
}
