/// The inline constructs that span several scalars: code spans, angle-bracket constructs,
/// entities, links and emphasis delimiter runs.
extension MarkdownInline {
    /// A code span keeps its content verbatim (one padding space each side dropped).
    mutating func codeSpan(at index: Int, end: Int) -> Int {
        var runEnd = index
        while runEnd < end, input[runEnd] == "`" { runEnd += 1 }
        let length = runEnd - index
        guard !backtickRunsWithoutCloser.contains(length), let close = closingRun(length, from: runEnd, end: end)
        else {
            backtickRunsWithoutCloser.insert(length)
            emit(index..<runEnd)
            return runEnd
        }
        var content = runEnd..<close
        if content.count >= 2, input[content.lowerBound] == " " || input[content.lowerBound] == "\n",
            input[content.upperBound - 1] == " " || input[content.upperBound - 1] == "\n",
            input[content].contains(where: { $0 != " " && $0 != "\n" }) {
            content = (content.lowerBound + 1)..<(content.upperBound - 1)
        }
        emit(content)
        return close + length
    }

    private func closingRun(_ length: Int, from start: Int, end: Int) -> Int? {
        var index = start
        while index < end {
            guard input[index] == "`" else {
                index += 1
                continue
            }
            var runEnd = index
            while runEnd < end, input[runEnd] == "`" { runEnd += 1 }
            if runEnd - index == length { return index }
            index = runEnd
        }
        return nil
    }

    /// `<!-- comment -->` is recorded, `<https://…>` keeps its address, other tags are dropped.
    mutating func angle(at index: Int, end: Int) -> Int {
        if starts(with: "<!--", at: index, end: end) {
            if commentsClosed, let close = find("-->", from: index + 4, end: end) {
                let text = String(String.UnicodeScalarView(input[(index + 4)..<close]))
                comments.append(Comment(
                    text: text.trimmingWhiteSpace, inputIndex: index, position: output.count))
                return close + 3
            }
            commentsClosed = false
        }
        var close = index + 1
        while close < min(end, index + Self.linkSearchLimit), input[close] != ">", input[close] != "<" {
            close += 1
        }
        guard close < end, input[close] == ">", close > index + 1 else {
            emit(input[index], from: index)
            return index + 1
        }
        let inner = (index + 1)..<close
        let first = input[inner.lowerBound]
        let isTag = first.properties.isAlphabetic && first.isASCII || first == "/" || first == "!" || first == "?"
        let isAutolink = !input[inner].contains(where: \.isWhiteSpace)
            && (input[inner].contains(":") || input[inner].contains("@")) && first != "/"
        if isAutolink, !isTagName(inner) {
            emit(inner)
            return close + 1
        }
        guard isTag else {
            emit(input[index], from: index)
            return index + 1
        }
        return close + 1
    }

    private func isTagName(_ inner: Range<Int>) -> Bool {
        guard let colon = input[inner].firstIndex(of: ":") else { return !input[inner].contains("@") }
        return input[inner.lowerBound..<colon].contains(where: { !$0.properties.isAlphabetic })
    }

    /// `&amp;`, `&#8220;`, `&#x201C;` and common named entities are decoded; other `&` stays.
    mutating func entity(at index: Int, end: Int) -> Int {
        var close = index + 1
        while close < min(end, index + 34), input[close] != ";", !input[close].isWhiteSpace { close += 1 }
        guard close < end, input[close] == ";", close > index + 1,
            let decoded = HTMLEntity.decode(String(String.UnicodeScalarView(input[(index + 1)..<close])))
        else {
            emit(input[index], from: index)
            return index + 1
        }
        emit(decoded, from: index)
        return close + 1
    }

    /// A link at `open` (`[`): its text range and the index after it, when it is a complete
    /// inline link, a full or collapsed reference link, or a shortcut to a defined reference.
    mutating func link(at open: Int, end: Int) -> (text: Range<Int>, next: Int)? {
        guard let close = matching("[", "]", from: open, end: end) else { return nil }
        let text = (open + 1)..<close
        let after = close + 1
        if after < end, input[after] == "(", let paren = matching("(", ")", from: after, end: end) {
            return (text, paren + 1)
        }
        if after < end, input[after] == "[", let label = matching("[", "]", from: after, end: end) {
            return (text, label + 1)
        }
        let label = String(String.UnicodeScalarView(input[text])).lowercased()
        return references.contains(label) ? (text, after) : nil
    }

    /// The index of the mark closing the one at `start`; nil past the search limit or nesting
    /// deeper than `maximumNesting`, which keeps a block full of brackets linear.
    private func matching(_ opening: Unicode.Scalar, _ closing: Unicode.Scalar, from start: Int, end: Int) -> Int? {
        guard let last = lastClosing[closing], last > start else { return nil }
        var depth = 0
        var index = start
        let limit = min(end, start + Self.linkSearchLimit, last + 1)
        while index < limit, depth <= Self.maximumNesting {
            let scalar = input[index]
            if scalar == "\\" {
                index += 2
                continue
            }
            if scalar == opening { depth += 1 }
            if scalar == closing {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    /// Records a run of `*`, `_` or `~` with whether it can open or close emphasis, and emits it
    /// as text; `finish()` removes the runs that pair up.
    mutating func delimiterRun(at index: Int, end: Int) -> Int {
        let mark = input[index]
        var runEnd = index
        while runEnd < end, input[runEnd] == mark { runEnd += 1 }
        let before: Unicode.Scalar = index > 0 ? input[index - 1] : " "
        let after: Unicode.Scalar = runEnd < input.count ? input[runEnd] : " "
        let leftFlanking = !after.isWhiteSpace
            && (!after.isPunctuationOrSymbol || before.isWhiteSpace || before.isPunctuationOrSymbol)
        let rightFlanking = !before.isWhiteSpace
            && (!before.isPunctuationOrSymbol || after.isWhiteSpace || after.isPunctuationOrSymbol)
        var canOpen = leftFlanking
        var canClose = rightFlanking
        if mark == "_" {
            canOpen = leftFlanking && (!rightFlanking || before.isPunctuationOrSymbol)
            canClose = rightFlanking && (!leftFlanking || after.isPunctuationOrSymbol)
        }
        if mark == "~", runEnd - index != 2 {
            canOpen = false
            canClose = false
        }
        if canOpen || canClose {
            delimiters.append(Delimiter(
                mark: mark, start: output.count, count: runEnd - index, canOpen: canOpen, canClose: canClose))
        }
        emit(index..<runEnd)
        return runEnd
    }

    private func starts(with prefix: String, at index: Int, end: Int) -> Bool {
        var position = index
        for scalar in prefix.unicodeScalars {
            guard position < end, input[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    private func find(_ needle: String, from start: Int, end: Int) -> Int? {
        var index = start
        while index < end {
            if starts(with: needle, at: index, end: end) { return index }
            index += 1
        }
        return nil
    }
}

extension String {
    var trimmingWhiteSpace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
            let last = scalars.lastIndex(where: { !$0.isWhiteSpace })
        else { return "" }
        return String(scalars[first...last])
    }
}
