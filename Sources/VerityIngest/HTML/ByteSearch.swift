extension StringProtocol {
    /// Whether `needle`'s UTF-8 bytes occur in this string's: an exact byte search, far cheaper
    /// than Foundation's locale-aware `contains` on the hot paths that test class names.
    func containsBytes(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let found = utf8.withContiguousStorageIfAvailable { haystack -> Bool in
            Self.search(haystack, for: pattern, first: first)
        }
        if let found { return found }
        let bytes = Array(utf8)
        return bytes.withUnsafeBufferPointer { Self.search($0, for: pattern, first: first) }
    }

    private static func search(_ haystack: UnsafeBufferPointer<UInt8>, for pattern: [UInt8], first: UInt8) -> Bool {
        guard haystack.count >= pattern.count else { return false }
        let last = haystack.count - pattern.count
        var start = 0
        while start <= last {
            if haystack[start] == first {
                var matched = 1
                while matched < pattern.count, haystack[start + matched] == pattern[matched] { matched += 1 }
                if matched == pattern.count { return true }
            }
            start += 1
        }
        return false
    }
}
