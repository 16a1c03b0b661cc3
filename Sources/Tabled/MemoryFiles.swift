import TabledModel

/// Files held in memory by path, with no links: for tests and fuzzing.
public struct MemoryFiles: FileSource {
    public var files: [String: String]

    public init(_ files: [String: String]) {
        self.files = files
    }

    public func read(_ path: String) -> FileReading {
        files[FilePath.tidy(path)].map { .text($0) } ?? .unreadable(UnreadableFile(path: path, reason: "no such file"))
    }

    public func resolved(_ path: String) -> String {
        FilePath.tidy(path)
    }
}
