import Foundation

/// A paper's output files, written first into a hidden folder beside their targets and then
/// moved in together, so that HTML, text and PDF always come from one run.
///
/// The folder is `.tabled-NAME.staging-PID-TAG`. Once every file is written, an empty
/// `COMMIT` file marks it complete and the files are renamed into place with signals held
/// back. A run killed outright (SIGKILL) between two renames leaves a committed folder; the
/// next run into that folder finishes the move. A folder never committed is removed. Folders
/// of processes still running are left alone.
///
/// Paths are plain strings and the calls POSIX ones: a `URL` stats each path it extends and a
/// `FileManager` call several, which on a batch of a thousand papers cost more than writing them.
struct StagedOutput {
    let target: String
    let staging: String
    static let marker = "COMMIT"

    init(folder: String, name: String) throws(OutputWriter.Failure) {
        target = folder
        staging = Self.join(folder, ".tabled-\(name).staging-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        if mkdir(staging, 0o777) != 0 {
            // A folder that is not there yet, or any other trouble, goes the long way with its message.
            try OutputWriter.makeDirectory(staging)
        }
    }

    /// Where a file of this name is written before the commit.
    func path(_ fileName: String) -> String {
        Self.join(staging, fileName)
    }

    func write(_ contents: String, as fileName: String) throws(OutputWriter.Failure) {
        var contents = contents
        let failure = contents.withUTF8 { Self.create(path(fileName), with: UnsafeRawBufferPointer($0)) }
        if failure != 0 { throw failedWrite(fileName, failure) }
    }

    /// Writes the file without flushing it: `flush` makes a whole run's files durable at once.
    func write(_ contents: Data, as fileName: String) throws(OutputWriter.Failure) {
        let failure = contents.withUnsafeBytes { Self.create(path(fileName), with: $0) }
        if failure != 0 { throw failedWrite(fileName, failure) }
    }

    private func failedWrite(_ fileName: String, _ failure: Int32) -> OutputWriter.Failure {
        OutputWriter.Failure(message: "cannot write '\(Self.join(target, fileName))': \(String(cString: strerror(failure)))")
    }

    /// Creates the file with these bytes; the errno of a failure, or 0.
    private static func create(_ path: String, with bytes: UnsafeRawBufferPointer) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return errno }
        var failure: Int32 = 0
        var offset = 0
        while offset < bytes.count, failure == 0, let base = bytes.baseAddress {
            let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if written > 0 { offset += written } else if written < 0 && errno != EINTR { failure = errno }
        }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        return failure
    }

    /// Flushes the file systems holding `folders` to disk: once before a run's staged files are
    /// moved into place, so that no file is renamed in before its contents are safe, and once
    /// after, so that the renames are. Two flushes a run instead of one per file.
    static func flush(_ folders: Set<String>) {
        for folder in folders {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            _ = flushFileSystem(descriptor)
            close(descriptor)
        }
    }

    /// Moves every staged file into place; the staging folder is gone afterwards.
    func commit() throws(OutputWriter.Failure) {
        guard Self.create(path(Self.marker), with: UnsafeRawBufferPointer(start: nil, count: 0)) == 0 else {
            discard()
            throw OutputWriter.Failure(message: "cannot write into '\(target)'")
        }
        let moved = CommitGuard.around { Self.finish(staging, into: target) }
        if let failure = moved { throw failure }
    }

    /// Removes the staged files: nothing of this run reaches the target.
    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }

    /// Renames a committed folder's files into `target` and removes the folder.
    private static func finish(_ staging: String, into target: String) -> OutputWriter.Failure? {
        let files = entries(of: staging).filter { $0 != marker }.sorted()
        for file in files where rename(join(staging, file), join(target, file)) != 0 {
            return OutputWriter.Failure(message: "cannot write '\(join(target, file))': \(String(cString: strerror(errno)))")
        }
        // Only the marker is left; anything else (a PDF printer's leftovers) goes the long way.
        if unlink(join(staging, marker)) != 0 || rmdir(staging) != 0 {
            try? FileManager.default.removeItem(atPath: staging)
        }
        return nil
    }

    /// The names in a folder, without "." and "..", by readdir(3).
    private static func entries(of folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// Finishes committed folders and removes abandoned ones that runs no longer alive left in `folder`.
    static func recover(in folder: String) {
        for entry in entries(of: folder) where entry.hasPrefix(".tabled-") {
            guard let range = entry.range(of: ".staging-") else { continue }
            let owner = entry[range.upperBound...].split(separator: "-").first.flatMap { pid_t($0) } ?? 0
            // This run's own folders belong to papers still being written on other threads.
            if owner == getpid() { continue }
            if owner > 0, kill(owner, 0) == 0 || errno == EPERM { continue }
            let staging = join(folder, entry)
            if access(join(staging, marker), F_OK) == 0 {
                _ = CommitGuard.around { finish(staging, into: folder) }
            } else {
                try? FileManager.default.removeItem(atPath: staging)
            }
        }
    }
}

/// Linux's syncfs(2): glibc has it, but its header declares it only under _GNU_SOURCE, so
/// Swift's Glibc module does not show it.
@_silgen_name("syncfs")
private func flushFileSystem(_ descriptor: Int32) -> Int32
