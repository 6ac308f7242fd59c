import Foundation
import Verity

/// Writes to standard output and standard error; output lines are written as they come, so a
/// command streams however many articles it reads.
enum StandardStreams {
    /// Writes `line` and a newline to standard output.
    static func output(_ line: String) {
        print(line)
    }

    /// Writes `message` and a newline to standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Reports an input that could not be read, in compiler style (`path: error: is a directory`).
    static func report(_ error: ReadError) {
        self.error(error.description)
    }
}
