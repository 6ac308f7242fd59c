/// A rule's message with `{variable}`s, split once at load time.
struct MessageTemplate: Sendable {
    private enum Piece: Sendable {
        case text(String)
        case variable(String)
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
            pieces.append(.variable(name))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        self.pieces = pieces
    }

    /// Whether the template shows `name`.
    func uses(_ name: String) -> Bool {
        pieces.contains { if case .variable(name) = $0 { true } else { false } }
    }

    /// The message with each variable replaced by its value ("" when missing).
    func render(_ values: [String: String]) -> String {
        var message = ""
        for piece in pieces {
            switch piece {
            case .text(let text): message += text
            case .variable(let name): message += values[name] ?? ""
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
