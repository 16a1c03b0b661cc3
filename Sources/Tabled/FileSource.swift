/// Where a paper and the files it names come from: the disk for the command line, memory
/// for tests and fuzzing. The stages never read files; the entry points read through this.
public protocol FileSource: Sendable {
    /// The text of the file at `path`, or why there is none.
    func read(_ path: String) -> FileReading
    /// `path` with every link in it followed: a file named from a folder must still be inside it.
    func resolved(_ path: String) -> String
}

extension FileSource {
    /// Whether `path` stays inside `folder` once links are followed.
    public func isInside(_ path: String, folder: String) -> Bool {
        let real = resolved(folder), file = resolved(path)
        // A relative folder that is the current one: anything that does not climb out of it.
        if real == "." { return !file.hasPrefix("/") && file != ".." && !file.hasPrefix("../") }
        return file.hasPrefix(real == "/" ? "/" : real + "/")
    }
}
