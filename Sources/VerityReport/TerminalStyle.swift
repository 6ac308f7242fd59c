import VerityCore

/// ANSI styling for terminal output, or none at all; also makes article text safe to print.
struct TerminalStyle: Sendable {
    /// Whether escape sequences are written.
    var isEnabled: Bool

    private static let reset = "\u{1B}[0m"

    /// `text` in bold.
    func bold(_ text: String) -> String { wrap(text, "1") }
    /// `text` dimmed.
    func dim(_ text: String) -> String { wrap(text, "2") }

    /// `text` in the colour of `level`.
    func level(_ level: Level, _ text: String) -> String { wrap(text, Self.colour(level)) }

    /// Matched words: bold, underlined, in the level's colour; `[[…]]` without colour.
    func mark(_ text: String, level: Level) -> String {
        isEnabled ? wrap(text, "1;4;" + Self.colour(level)) : "[[" + text + "]]"
    }

    private func wrap(_ text: String, _ code: String) -> String {
        isEnabled && !text.isEmpty ? "\u{1B}[\(code)m" + text + Self.reset : text
    }

    private static func colour(_ level: Level) -> String {
        switch level {
        case .error: "31"
        case .warning: "33"
        case .info: "36"
        }
    }

    /// Article text made safe for a terminal: line breaks and tabs become spaces; control
    /// characters and bidirectional overrides, which could move the cursor or disguise text,
    /// become U+FFFD.
    static func sanitised(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: view.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                view.append("\u{FFFD}")
            default: view.append(scalar)
            }
        }
        return String(view)
    }
}
