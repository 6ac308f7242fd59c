/// A rule's message with `{variable}`s, split once at load time.
struct MessageTemplate: Sendable {
    private enum Piece: Sendable {
        case text(String)
        case variable(String)
        /// `{match}`, which every rule offers: the matched words, passed apart from the others.
        case match
    }

    private let pieces: [Piece]

    /// Splits `source`; throws the name of the first variable not in `allowed`, or a
    /// description of an unclosed brace.
    init(_ source: String, allowed: [String]) throws(TemplateError) {
        var pieces: [Piece] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            if open > rest.startIndex { pieces.append(.text(String(rest[..<open]))) }
            guard let close = rest[open...].firstIndex(of: "}") else { throw .unclosed }
            let name = String(rest[rest.index(after: open)..<close])
            guard allowed.contains(name) else { throw .unknown(name) }
            pieces.append(name == "match" ? .match : .variable(name))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        self.pieces = pieces
    }

    /// Whether the template shows `name`.
    func uses(_ name: String) -> Bool {
        pieces.contains { piece in
            switch piece {
            case .variable(let variable): variable == name
            case .match: name == "match"
            case .text: false
            }
        }
    }

    /// The message with `{match}` replaced by `match` and each other variable by its value in
    /// `values` ("" when missing).
    func render(match: String, values: [String: String]) -> String {
        var message = ""
        for piece in pieces {
            switch piece {
            case .text(let text): message += text
            case .variable(let name): message += values[name] ?? ""
            case .match: message += match
            }
        }
        return message
    }
}

/// What is wrong with a message template.
enum TemplateError: Error {
    case unknown(String)
    case unclosed
}
