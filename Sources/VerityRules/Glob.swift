/// A path pattern for configuration overrides: `*` and `?` within one path segment, `**` for
/// any number of segments; a pattern without `/` matches the file name in any folder.
/// Matching is polynomial (no backtracking blow-up), whatever the pattern.
struct Glob: Hashable, Sendable {
    /// The pattern as written.
    let pattern: String
    private let segments: [[Character]]
    private let matchesNameOnly: Bool

    init(_ pattern: String) {
        self.pattern = pattern
        var trimmed = Substring(pattern)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        matchesNameOnly = !trimmed.contains("/")
        segments = trimmed.split(separator: "/").map { Array($0) }
    }

    /// Whether `path` (relative, `/`-separated) matches.
    func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/").map { Array($0) }
        if matchesNameOnly {
            guard let name = parts.last, let only = segments.first else { return false }
            return Self.segmentMatches(only, name)
        }
        // reachable[j]: the first i pattern segments can match the first j path segments.
        var reachable = Array(repeating: false, count: parts.count + 1)
        reachable[0] = true
        for segment in segments {
            var next = Array(repeating: false, count: parts.count + 1)
            if segment == ["*", "*"] {
                var any = false
                for j in 0...parts.count {
                    any = any || reachable[j]
                    next[j] = any
                }
            } else {
                for j in 0..<parts.count where reachable[j] && Self.segmentMatches(segment, parts[j]) {
                    next[j + 1] = true
                }
            }
            reachable = next
        }
        return reachable[parts.count]
    }

    /// Wildcard match of one segment: greedy with a single restart point, linear in practice.
    static func segmentMatches(_ pattern: [Character], _ text: [Character]) -> Bool {
        var p = 0
        var t = 0
        var star: Int?
        var resume = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1
                t += 1
            } else if p < pattern.count, pattern[p] == "*" {
                star = p
                resume = t
                p += 1
            } else if let star {
                p = star + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
