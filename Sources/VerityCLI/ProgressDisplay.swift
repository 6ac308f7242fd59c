import Foundation
import Verity

/// Draws a batch's progress on standard error, in place, only when standard error is a terminal:
/// a bar when the total is known, a count otherwise; redrawn at most ten times a second.
struct ProgressDisplay {
    /// Whether anything is drawn: standard error is a terminal that is not `TERM=dumb`.
    let isEnabled: Bool
    private var lastDraw: Double = -1
    private var drawn = false

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        isEnabled = isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb"
    }

    /// Redraws the line for `progress`, unless the last redraw was under 0.1 s ago (the last
    /// article is always drawn).
    mutating func update(_ progress: BatchProgress) {
        guard isEnabled else { return }
        let isLast = progress.total.map { progress.done >= $0 } ?? false
        guard isLast || progress.elapsed - lastDraw >= 0.1 else { return }
        lastDraw = progress.elapsed
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + progress.line(width: Self.terminalWidth())).utf8))
        drawn = true
    }

    /// Erases the line, so that messages after it start on a clean line.
    mutating func finish() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    /// The terminal's width in columns, 80 when it cannot be told.
    private static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col) - 1
    }
}
