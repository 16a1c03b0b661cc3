import Foundation

/// Writes output files atomically: a temporary file beside the target, then a rename.
///
/// A reader of the output folder sees the old file or the new one, never half of one.
enum OutputWriter {
    struct Failure: Error {
        var message: String
    }

    static func makeDirectory(_ path: String) throws(Failure) {
        // The folder is usually there already, once per paper of a batch: one call answers that.
        var status = stat()
        if stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR { return }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "cannot create '\(path)': \(error.localizedDescription)")
        }
    }

    static func write(_ contents: String, to path: String) throws(Failure) {
        try write(Data(contents.utf8), to: path)
    }

    static func write(_ contents: Data, to path: String) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try contents.write(to: temporary)
        } catch {
            // A full disk leaves part of the file written: no run would ever remove it.
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(message: "cannot write '\(path)': \(error.localizedDescription)")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(message: "cannot write '\(path)': \(reason)")
        }
    }
}
