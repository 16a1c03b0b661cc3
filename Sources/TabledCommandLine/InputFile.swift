import Foundation
import TabledModel

/// Reading an input file, with every way that can fail turned into a clear message.
package enum InputFile {
    /// The largest input accepted: a paper is a few tens of kilobytes; this leaves ample room.
    package static let maximumBytes = 5 * 1024 * 1024

    package enum Failure: Error {
        /// The file cannot be read at all: exit 2. `message` says so; `reason` says only why.
        case unreadable(Unreadable)
        /// The file was read but is not acceptable input: exit 1, as a located diagnostic.
        case rejected(Diagnostic)
    }

    /// Why a file could not be read at all.
    package struct Unreadable: Error {
        package var path: String
        package var reason: String

        package init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }

        package var message: String { "cannot read '\(path)': \(reason)" }
    }

    package static func read(_ path: String) -> Result<String, Failure> {
        let data: Data
        switch bytes(path, maximumBytes: maximumBytes) {
        case .failure(let unreadable): return .failure(.unreadable(unreadable))
        case .success(nil):
            return .failure(.rejected(Diagnostic(.tooLarge(megabytes: maximumBytes / 1024 / 1024), at: .start(of: path))))
        case .success(let read?): data = read
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(.rejected(Diagnostic(.notUTF8, at: .start(of: path), notes: [.init(.notUTF8Help)])))
        }
        // Asked of the bytes: Foundation's string search costs more than the rest of reading.
        if Self.holds(0, in: data) {
            return .failure(.rejected(Diagnostic(.binary, at: .start(of: path))))
        }
        // Windows line endings are fine: normalise so columns count the same everywhere.
        return .success(Self.holds(13, in: data) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
    }

    /// Whether the bytes hold `byte`: memchr, where Data's own iterator goes a byte at a time.
    private static func holds(_ byte: UInt8, in data: Data) -> Bool {
        data.withUnsafeBytes { bytes in bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false }
    }

    /// The bytes of a regular file, or nil if it holds more than `maximumBytes`.
    ///
    /// Opened without blocking and checked with fstat before any read: a FIFO, a device or a
    /// socket named as a paper would otherwise wait for ever.
    package static func bytes(_ path: String, maximumBytes: Int) -> Result<Data?, Unreadable> {
        let handle: FileHandle
        switch openRegular(path) {
        case .failure(let unreadable): return .failure(unreadable)
        case .success(let (opened, _)): handle = opened
        }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            return .failure(Unreadable(path: path, reason: error.localizedDescription))
        }
        return .success(data.count > maximumBytes ? nil : data)
    }

    /// Whether `path` is a regular file of at most `maximumBytes`, without reading it: for
    /// files another program reads (poppler, the zip reader).
    package static func isSmallEnough(_ path: String, maximumBytes: Int) -> Result<Bool, Unreadable> {
        openRegular(path).map { _, size in size <= maximumBytes }
    }

    /// The file opened for reading and its size, if it is a regular file.
    private static func openRegular(_ path: String) -> Result<(FileHandle, Int), Unreadable> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason: String
            switch errno {
            case ENOENT: reason = "no such file"
            case EACCES: reason = "permission denied"
            default: reason = String(cString: strerror(errno))
            }
            return .failure(Unreadable(path: path, reason: reason))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            return .failure(Unreadable(path: path, reason: String(cString: strerror(errno))))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .success((handle, Int(status.st_size)))
        case S_IFDIR: return .failure(Unreadable(path: path, reason: "it is a directory"))
        default: return .failure(Unreadable(path: path, reason: "it is not a regular file (a pipe, socket or device)"))
        }
    }
}
