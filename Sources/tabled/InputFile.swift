import Foundation
import TabledModel

/// Reading an input file, with every way that can fail turned into a clear message.
enum InputFile {
    /// The largest input accepted: a paper is a few tens of kilobytes; this leaves ample room.
    static let maximumBytes = 5 * 1024 * 1024

    enum Failure: Error {
        /// The file cannot be read at all: exit 2. `message` says so; `reason` says only why.
        case unreadable(Unreadable)
        /// The file was read but is not acceptable input: exit 1, as a located diagnostic.
        case rejected(Diagnostic)
    }

    /// Why a file could not be read at all.
    struct Unreadable: Error {
        var path: String
        var reason: String

        var message: String { "cannot read '\(path)': \(reason)" }
    }

    static func read(_ path: String) -> Result<String, Failure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.unreadable(Unreadable(path: path, reason: "no such file")))
        }
        if isDirectory.boolValue {
            return .failure(.unreadable(Unreadable(path: path, reason: "it is a directory")))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.unreadable(Unreadable(path: path, reason: "permission denied")))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            return .failure(.unreadable(Unreadable(path: path, reason: "\(error.localizedDescription)")))
        }
        if data.count > maximumBytes {
            return .failure(.rejected(Diagnostic(.tooLarge(megabytes: maximumBytes / 1024 / 1024), at: .start(of: path))))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(.rejected(Diagnostic(.notUTF8, at: .start(of: path), notes: [.init(.notUTF8Help)])))
        }
        if text.contains("\u{0}") {
            return .failure(.rejected(Diagnostic(.binary, at: .start(of: path))))
        }
        // Windows line endings are fine: normalise so columns count the same everywhere.
        return .success(text.replacingOccurrences(of: "\r\n", with: "\n"))
    }
}
