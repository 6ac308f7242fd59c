import Foundation

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes files so that readers see either the old content or the whole new content, never a part.
///
/// The data goes to a temporary file in the destination's folder (same file system), is flushed to
/// disk, then renamed over the destination, which POSIX makes atomic.
public enum AtomicFile {
    /// The prefix of temporary files; `removeLeftovers(in:)` deletes files that start with it.
    public static let temporaryPrefix = ".verity-tmp-"

    /// An I/O failure, naming the file concerned and the system's reason.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The file that could not be written.
        public var path: String
        /// What the system said.
        public var reason: String
        public var description: String { "\(path): error: cannot write: \(reason)" }
    }

    /// Replaces the file at `url` with `data`, atomically; creates missing parent folders.
    ///
    /// With `durable` the data is flushed to the disk before the rename, so the new content also
    /// survives a power cut; without it the replacement is still atomic for every other process.
    public static func write(_ data: Data, to url: URL, durable: Bool = true) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: url.path, reason: "cannot create the folder \(folder.path)")
        }
        let temporary = folder.appendingPathComponent(
            temporaryPrefix + url.lastPathComponent + "-" + UUID().uuidString)
        do {
            try writeAll(data, to: temporary.path, sync: durable)
            guard rename(temporary.path, url.path) == 0 else { throw failure(url.path) }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    /// Deletes temporary files an interrupted run left in `folder`; returns how many it removed.
    @discardableResult
    public static func removeLeftovers(in folder: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var removed = 0
        for name in names where name.hasPrefix(temporaryPrefix) {
            if unlink(folder.appendingPathComponent(name).path) == 0 { removed += 1 }
        }
        return removed
    }

    private static func writeAll(_ data: Data, to path: String, sync: Bool) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var written = 0
            while written < buffer.count {
                guard let base = buffer.baseAddress else { break }
                let count = systemWrite(descriptor, base + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw failure(path)
                }
                written += count
            }
        }
        guard !sync || fsync(descriptor) == 0 else { throw failure(path) }
    }

    private static func failure(_ path: String) -> WriteError {
        WriteError(path: path, reason: String(cString: strerror(errno)))
    }
}
