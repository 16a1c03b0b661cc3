import Foundation
import TabledModel

/// Reading an input file, with every way that can fail turned into a clear message.
enum InputFile {
    /// The largest input accepted: a paper is a few tens of kilobytes; this leaves ample room.
    static let maximumBytes = 5 * 1024 * 1024

    enum Failure: Error {
        /// The file cannot be read at all: exit 2.
        case unreadable(String)
        /// The file was read but is not acceptable input: exit 1, as a located diagnostic.
        case rejected(Diagnostic)
    }

    static func read(_ path: String) -> Result<String, Failure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.unreadable("cannot read '\(path)': no such file"))
        }
        if isDirectory.boolValue {
            return .failure(.unreadable("cannot read '\(path)': it is a directory"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.unreadable("cannot read '\(path)': permission denied"))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            return .failure(.unreadable("cannot read '\(path)': \(error.localizedDescription)"))
        }
        if data.count > maximumBytes {
            return .failure(.rejected(.error("input.too-large",
                "the file is larger than \(maximumBytes / 1024 / 1024) MB; a paper is far smaller", at: .start(of: path))))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(.rejected(.error("input.encoding", "the file is not UTF-8 text", at: .start(of: path),
                                             notes: [.init("save it as UTF-8")])))
        }
        if text.contains("\u{0}") {
            return .failure(.rejected(.error("input.encoding", "the file holds binary data, not text", at: .start(of: path))))
        }
        // Windows line endings are fine: normalise so columns count the same everywhere.
        return .success(text.replacingOccurrences(of: "\r\n", with: "\n"))
    }
}
