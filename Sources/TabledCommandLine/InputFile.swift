import Foundation
import Tabled
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
    package typealias Unreadable = UnreadableFile

    /// What reading a text file gave: its text, or why there is none.
    package typealias Reading = FileReading

    /// A paper given as '-': standard input, read to its end, up to the same limit as a file.
    package static func readStandardInput() -> Reading {
        var data = Data()
        while let chunk = try? FileHandle.standardInput.read(upToCount: 65_536), !chunk.isEmpty {
            data.append(chunk)
            if data.count > maximumBytes {
                return .rejected(Diagnostic(.tooLarge(megabytes: maximumBytes / 1024 / 1024), at: .start(of: "-")))
            }
        }
        return text(of: data, path: "-")
    }

    package static func read(_ path: String) -> Reading {
        let data: Data
        do throws(Unreadable) {
            guard let read = try bytes(path, maximumBytes: maximumBytes) else {
                return .rejected(Diagnostic(.tooLarge(megabytes: maximumBytes / 1024 / 1024), at: .start(of: path)))
            }
            data = read
        } catch {
            return .unreadable(error)
        }
        return text(of: data, path: path)
    }

    private static func text(of data: Data, path: String) -> Reading {
        guard let text = String(data: data, encoding: .utf8) else {
            return .rejected(Diagnostic(.notUTF8, at: .start(of: path), notes: [.init(.notUTF8Help)]))
        }
        // Asked of the bytes: Foundation's string search costs more than the rest of reading.
        if Self.holds(0, in: data) {
            return .rejected(Diagnostic(.binary, at: .start(of: path)))
        }
        // Windows line endings are fine: normalise so columns count the same everywhere.
        return .text(Self.holds(13, in: data) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
    }

    /// Whether the bytes hold `byte`: memchr, where Data's own iterator goes a byte at a time.
    private static func holds(_ byte: UInt8, in data: Data) -> Bool {
        data.withUnsafeBytes { bytes in bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false }
    }

    /// The bytes of a regular file, or nil if it holds more than `maximumBytes`.
    ///
    /// Opened without blocking and checked with fstat before any read: a FIFO, a device or a
    /// socket named as a paper would otherwise wait for ever.
    package static func bytes(_ path: String, maximumBytes: Int) throws(Unreadable) -> Data? {
        let (handle, _) = try openRegular(path)
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw Unreadable(path: path, reason: error.localizedDescription)
        }
        return data.count > maximumBytes ? nil : data
    }

    /// Whether `path` is a regular file of at most `maximumBytes`, without reading it: for
    /// files another program reads (poppler, the zip reader).
    package static func isSmallEnough(_ path: String, maximumBytes: Int) throws(Unreadable) -> Bool {
        try openRegular(path).size <= maximumBytes
    }

    /// The file opened for reading and its size, if it is a regular file.
    private static func openRegular(_ path: String) throws(Unreadable) -> (handle: FileHandle, size: Int) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason: String
            switch errno {
            case ENOENT: reason = "no such file"
            case EACCES: reason = "permission denied"
            default: reason = String(cString: strerror(errno))
            }
            throw Unreadable(path: path, reason: reason)
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw Unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return (handle, Int(status.st_size))
        case S_IFDIR: throw Unreadable(path: path, reason: "it is a directory")
        default: throw Unreadable(path: path, reason: "it is not a regular file (a pipe, socket or device)")
        }
    }
}

extension InputFile {
    /// A file a command cannot go on without (a decisions or minutes file): its text, or the
    /// reason said on standard error and the command ended, exit 2 if it cannot be read, 1 if
    /// it is refused.
    package static func textOrExit(_ path: String) throws -> String {
        switch read(path) {
        case .text(let text): return text
        case .unreadable(let unreadable):
            Console.fail(unreadable.message)
            throw ExitStatus.usage.exitCode
        case .rejected(let diagnostic):
            Console.print([diagnostic])
            throw ExitStatus.inputErrors.exitCode
        }
    }
}
