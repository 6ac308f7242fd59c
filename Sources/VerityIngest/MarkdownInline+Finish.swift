/// Pairs emphasis delimiters, drops the paired marks and collapses white space.
extension MarkdownInline {
    /// The block's text without markup: scalars, the input index each came from (-1 when made
    /// up), and its comments with positions in that text. Runs of white space become one space;
    /// leading and trailing white space is dropped.
    mutating func finish() -> (scalars: [Unicode.Scalar], origins: [Int32], comments: [Comment]) {
        let removed = pairedDelimiterMarks()
        var scalars: [Unicode.Scalar] = []
        var kept: [Int32] = []
        scalars.reserveCapacity(output.count)
        kept.reserveCapacity(output.count)
        var pendingSpace: (origin: Int32, verbatim: Bool)?
        var commentIndex = 0
        var positioned = comments
        for index in output.indices {
            while commentIndex < positioned.count, positioned[commentIndex].position <= index {
                positioned[commentIndex].position = scalars.count + (pendingSpace == nil ? 0 : 1)
                commentIndex += 1
            }
            if removed[index] { continue }
            let scalar = output[index]
            if scalar.isWhiteSpace, scalar != "\u{A0}" {
                if pendingSpace == nil, !scalars.isEmpty {
                    pendingSpace = (origins[index], scalar == " ")
                } else if pendingSpace != nil {
                    pendingSpace?.verbatim = false
                }
                continue
            }
            if let space = pendingSpace {
                scalars.append(" ")
                kept.append(space.verbatim ? space.origin : -1)
                pendingSpace = nil
            }
            scalars.append(scalar)
            kept.append(origins[index])
        }
        while commentIndex < positioned.count {
            positioned[commentIndex].position = scalars.count
            commentIndex += 1
        }
        return (scalars, kept, positioned)
    }

    /// Marks the output scalars of delimiter runs that pair as emphasis (`*a*`, `__b__`, `~~c~~`).
    private mutating func pairedDelimiterMarks() -> [Bool] {
        var removed = Array(repeating: false, count: output.count)
        var bottom: [Unicode.Scalar: Int] = [:]
        var closerIndex = 0
        while closerIndex < delimiters.count {
            let closer = delimiters[closerIndex]
            let floor = min(bottom[closer.mark, default: 0], closerIndex)
            guard closer.canClose, closer.count > 0,
                let openerIndex = delimiters[floor..<closerIndex].lastIndex(where: {
                    $0.mark == closer.mark && $0.canOpen && $0.count > 0
                })
            else {
                if closer.canClose { bottom[closer.mark] = closerIndex }
                closerIndex += 1
                continue
            }
            let used = min(delimiters[openerIndex].count, closer.count, 2)
            let opener = delimiters[openerIndex]
            for offset in (opener.start + opener.count - used)..<(opener.start + opener.count) { removed[offset] = true }
            for offset in closer.start..<(closer.start + used) { removed[offset] = true }
            delimiters[openerIndex].count -= used
            delimiters[closerIndex].count -= used
            delimiters[closerIndex].start += used
            for between in (openerIndex + 1)..<closerIndex { delimiters[between].count = 0 }
            if delimiters[closerIndex].count == 0 { closerIndex += 1 }
        }
        return removed
    }
}
