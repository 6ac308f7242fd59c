/// A half-open range of Unicode-scalar offsets into a document's text (end exclusive).
///
/// Every layer of Verity (blocks, sentences, quotes, speakers, claims, findings) points back to
/// the words it is about with a `TextRange`, never with a copied string.
public struct TextRange: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// First scalar offset in the range.
    public var start: Int
    /// Offset one past the last scalar in the range.
    public var end: Int

    /// Creates a range; `end` is clamped so it is never before `start`.
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = Swift.max(start, end)
    }

    /// Creates a range from a Swift half-open range of offsets.
    public init(_ range: Range<Int>) {
        self.init(range.lowerBound, range.upperBound)
    }

    /// Number of scalars covered.
    public var length: Int { end - start }
    /// Whether the range covers no scalar.
    public var isEmpty: Bool { end == start }
    /// The same offsets as a Swift range.
    public var offsets: Range<Int> { start..<end }

    /// Whether `offset` lies inside the range.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    /// Whether `other` lies wholly inside this range.
    public func contains(_ other: TextRange) -> Bool { other.start >= start && other.end <= end }
    /// Whether the two ranges share at least one scalar.
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    /// The same range moved by `delta` scalars.
    public func shifted(by delta: Int) -> TextRange { TextRange(start + delta, end + delta) }

    /// Orders by start, then by end.
    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
