import Foundation

/// A paper's output files, written first into a hidden folder beside their targets and then
/// moved in together, so that HTML, text and PDF always come from one run.
///
/// The folder is `.tabled-NAME.staging-PID-TAG`. Once every file is written, an empty
/// `COMMIT` file marks it complete and the files are renamed into place with signals held
/// back. A run killed outright (SIGKILL) between two renames leaves a committed folder; the
/// next run into that folder finishes the move. A folder never committed is removed. Folders
/// of processes still running are left alone.
struct StagedOutput {
    let target: URL
    let staging: URL
    static let marker = "COMMIT"

    init(folder: String, name: String) throws(OutputWriter.Failure) {
        target = URL(fileURLWithPath: folder)
        staging = target.appendingPathComponent(".tabled-\(name).staging-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try OutputWriter.makeDirectory(staging.path)
    }

    /// Where a file of this name is written before the commit.
    func path(_ fileName: String) -> String {
        staging.appendingPathComponent(fileName).path
    }

    func write(_ contents: String, as fileName: String) throws(OutputWriter.Failure) {
        try write(Data(contents.utf8), as: fileName)
    }

    /// Writes the file without flushing it: `flush` makes a whole run's files durable at once.
    func write(_ contents: Data, as fileName: String) throws(OutputWriter.Failure) {
        let descriptor = open(staging.appendingPathComponent(fileName).path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        var failure = descriptor < 0 ? errno : 0
        if descriptor >= 0 {
            contents.withUnsafeBytes { bytes in
                var offset = 0
                while offset < bytes.count, failure == 0, let base = bytes.baseAddress {
                    let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
                    if written > 0 { offset += written } else if written < 0 && errno != EINTR { failure = errno }
                }
            }
            if close(descriptor) != 0 && failure == 0 { failure = errno }
        }
        if failure != 0 {
            throw OutputWriter.Failure(message: "cannot write '\(target.appendingPathComponent(fileName).path)': \(String(cString: strerror(failure)))")
        }
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
        guard FileManager.default.createFile(atPath: staging.appendingPathComponent(Self.marker).path, contents: nil) else {
            discard()
            throw OutputWriter.Failure(message: "cannot write into '\(target.path)'")
        }
        let moved = CommitGuard.around { Self.finish(staging, into: target) }
        if let failure = moved { throw failure }
    }

    /// Removes the staged files: nothing of this run reaches the target.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Renames a committed folder's files into `target` and removes the folder.
    private static func finish(_ staging: URL, into target: URL) -> OutputWriter.Failure? {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: staging.path)) ?? []).filter { $0 != marker }.sorted()
        for file in files where rename(staging.appendingPathComponent(file).path, target.appendingPathComponent(file).path) != 0 {
            return OutputWriter.Failure(message: "cannot write '\(target.appendingPathComponent(file).path)': \(String(cString: strerror(errno)))")
        }
        try? FileManager.default.removeItem(at: staging)
        return nil
    }

    /// Finishes committed folders and removes abandoned ones that runs no longer alive left in `folder`.
    static func recover(in folder: String) {
        let target = URL(fileURLWithPath: folder)
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where entry.hasPrefix(".tabled-") {
            guard let range = entry.range(of: ".staging-") else { continue }
            let owner = entry[range.upperBound...].split(separator: "-").first.flatMap { pid_t($0) } ?? 0
            // This run's own folders belong to papers still being written on other threads.
            if owner == getpid() { continue }
            if owner > 0, kill(owner, 0) == 0 || errno == EPERM { continue }
            let staging = target.appendingPathComponent(entry)
            if FileManager.default.fileExists(atPath: staging.appendingPathComponent(marker).path) {
                _ = CommitGuard.around { finish(staging, into: target) }
            } else {
                try? FileManager.default.removeItem(at: staging)
            }
        }
    }
}

/// Linux's syncfs(2): glibc has it, but its header declares it only under _GNU_SOURCE, so
/// Swift's Glibc module does not show it.
@_silgen_name("syncfs")
private func flushFileSystem(_ descriptor: Int32) -> Int32
