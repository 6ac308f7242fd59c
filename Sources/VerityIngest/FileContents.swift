import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads whole files and standard input, turning every I/O failure into a `ReadError`.
enum FileContents {
    /// The bytes of the regular file (or pipe) at `path`.
    static func read(path: String) throws(ReadError) -> Data {
        let fd = try open(path: path)
        defer { close(fd) }
        return try readAll(fd, source: path)
    }

    /// Opens `path` for reading after checking that it exists and is not a directory.
    static func open(path: String) throws(ReadError) -> Int32 {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw ReadError(source: path, reason: .notFound) }
            throw ReadError(source: path, reason: .unreadable(systemMessage(code)))
        }
        if info.st_mode & S_IFMT == S_IFDIR { throw ReadError(source: path, reason: .isDirectory) }
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ReadError(source: path, reason: .unreadable(systemMessage(errno))) }
        return fd
    }

    /// Reads `fd` to its end.
    static func readAll(_ fd: Int32, source: String) throws(ReadError) -> Data {
        var data = Data()
        let chunk = 1 << 20
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, chunk) }
            if count == 0 { return data }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError(source: source, reason: .unreadable(systemMessage(errno)))
            }
            data.append(contentsOf: buffer[0..<count])
        }
    }

    /// Whether `path` names a directory.
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// The system's lowercase description of an `errno` value: `permission denied`.
    static func systemMessage(_ code: Int32) -> String {
        let message = String(cString: strerror(code))
        return message.prefix(1).lowercased() + message.dropFirst()
    }
}
