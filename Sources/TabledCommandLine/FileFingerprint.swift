import Foundation

/// What a path looked like when last seen: enough to notice a save, a delete, or a file
/// replaced by a directory, without reading it.
package struct FileFingerprint: Equatable, Sendable {
    /// The file type bits of `st_mode`; 0 when nothing is there.
    package var type: UInt32
    package var inode: UInt64
    package var size: Int64
    package var modified: Int64
    package var changed: Int64

    package static let missing = FileFingerprint(type: 0, inode: 0, size: 0, modified: 0, changed: 0)

    /// The path as it is now (following links, as reading it would).
    package static func of(_ path: String) -> FileFingerprint {
        var status = stat()
        guard stat(path, &status) == 0 else { return .missing }
        // Nanoseconds, so that two saves within one second are still told apart.
        func nanoseconds(_ time: timespec) -> Int64 { Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec) }
        return FileFingerprint(type: UInt32(status.st_mode & S_IFMT), inode: UInt64(status.st_ino), size: Int64(status.st_size),
                               modified: nanoseconds(status.st_mtim), changed: nanoseconds(status.st_ctim))
    }
}
