/// A one-based line and column; columns count Unicode scalars.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Line number, starting at 1.
    public var line: Int
    /// Column in Unicode scalars, starting at 1.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// The start offset of every line of a text: the one place line/column is computed.
public struct LineIndex: Hashable, Sendable {
    /// Scalar offset of the first scalar of each line; `starts[0] == 0`.
    public let starts: [Int]

    /// Indexes `scalars`; a line ends after "\n", after "\r" not followed by "\n", and after "\r\n".
    public init(scalars: [Unicode.Scalar]) {
        var starts = [0]
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                starts.append(index + 1)
            } else if scalar == "\r" {
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        self.starts = starts
    }

    /// Indexes a string.
    public init(_ text: String) {
        self.init(scalars: Array(text.unicodeScalars))
    }

    /// The line and column of a scalar offset (offsets past the end land on the last line).
    public func location(of offset: Int) -> SourceLocation {
        var low = 0
        var high = starts.count
        while low + 1 < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid } else { high = mid }
        }
        return SourceLocation(line: low + 1, column: offset - starts[low] + 1)
    }
}
