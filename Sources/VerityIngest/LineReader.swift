import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file descriptor line by line through a fixed 64 KiB buffer, so memory stays bounded
/// by the longest line, whatever the file size. Closes the descriptor it owns when done.
final class LineReader {
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0
    private var finished = false
    /// The system error that stopped reading, if any.
    private(set) var failure: String?

    init(fd: Int32, ownsDescriptor: Bool) {
        self.fd = fd
        self.ownsDescriptor = ownsDescriptor
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    /// The next line without its "\n" (or "\r\n"), or nil at the end of the input.
    func nextLine() -> Data? {
        var line = Data()
        while true {
            if start < end {
                let newline = buffer[start..<end].firstIndex(of: 0x0A)
                let stop = newline ?? end
                line.append(contentsOf: buffer[start..<stop])
                start = newline.map { $0 + 1 } ?? end
                if newline != nil { return line.last == 0x0D ? line.dropLast() : line }
            }
            guard !finished, refill() else {
                return line.isEmpty ? nil : line
            }
        }
    }

    private func refill() -> Bool {
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                start = 0
                end = count
                return true
            }
            if count < 0, errno == EINTR { continue }
            if count < 0 { failure = FileContents.systemMessage(errno) }
            finished = true
            return false
        }
    }
}
