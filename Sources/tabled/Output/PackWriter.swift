import CTabledSystem
import Foundation
import TabledPack

/// Replaces a meeting's pack folder whole: the new pack is written beside it under a
/// hidden name and swapped in only when complete, so a failed or interrupted run leaves
/// the previous pack as it was.
enum PackWriter {
    /// Returns how many files were written; with WeasyPrint, each pack is printed to PDF beside its HTML.
    @discardableResult
    static func replace(folder target: String, with files: [MeetingPack.File],
                        printer: (printer: PDFPrinter.Printer, roots: [String], base: String)? = nil) throws(OutputWriter.Failure) -> Int {
        var written = files.count
        let url = URL(fileURLWithPath: target)
        let parent = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        try OutputWriter.makeDirectory(parent.path)
        removeLeftovers(of: name, in: parent)
        let tag = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let temporary = parent.appendingPathComponent(".\(name).tmp-\(tag)")
        do {
            for file in files {
                let path = temporary.appendingPathComponent(file.path)
                try OutputWriter.makeDirectory(path.deletingLastPathComponent().path)
                try OutputWriter.write(file.contents, to: path.path)
                if let printer, file.path.hasSuffix("pack.html") {
                    try PDFPrinter.print(String(decoding: file.contents, as: UTF8.self), to: String(path.path.dropLast("html".count)) + "pdf", using: printer.printer,
                                         roots: printer.roots, base: printer.base, printStylesheet: PackBuilder.printStylesheet)
                    written += 1
                }
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        let moved: OutputWriter.Failure? = CommitGuard.around {
            // One step where the kernel allows it: the new pack and the old change places.
            if FileManager.default.fileExists(atPath: url.path) {
                if tabled_exchange_paths(temporary.path, url.path) == 0 {
                    try? FileManager.default.removeItem(at: temporary)
                    return nil
                }
                guard errno == ENOSYS || errno == EINVAL else {
                    let reason = String(cString: strerror(errno))
                    try? FileManager.default.removeItem(at: temporary)
                    return OutputWriter.Failure(message: "cannot replace '\(target)': \(reason)")
                }
                return twoRenames(temporary, into: url, tag: tag)
            }
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                return OutputWriter.Failure(message: "cannot write '\(target)': \(reason)")
            }
            return nil
        }
        if let moved { throw moved }
        return written
    }

    /// The fallback where renameat2 cannot exchange: the old pack aside, the new one in.
    private static func twoRenames(_ temporary: URL, into url: URL, tag: String) -> OutputWriter.Failure? {
        let old = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).old-\(tag)")
        if rename(url.path, old.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            return OutputWriter.Failure(message: "cannot replace '\(url.path)': \(String(cString: strerror(errno)))")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            _ = rename(old.path, url.path)
            try? FileManager.default.removeItem(at: temporary)
            return OutputWriter.Failure(message: "cannot write '\(url.path)': \(reason)")
        }
        try? FileManager.default.removeItem(at: old)
        return nil
    }

    /// Hidden folders an interrupted run left behind: named `.NAME.tmp-PID-N` or
    /// `.NAME.old-PID-N`, removed only when that run is no longer alive, so that two runs
    /// packing one meeting at once never take each other's folders away.
    private static func removeLeftovers(of name: String, in parent: URL) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in entries {
            let prefix = [".\(name).tmp-", ".\(name).old-"].first { entry.hasPrefix($0) }
            guard let prefix else { continue }
            let owner = entry.dropFirst(prefix.count).split(separator: "-").first.flatMap { pid_t($0) } ?? 0
            if owner == getpid() { continue }
            if owner > 0, kill(owner, 0) == 0 || errno == EPERM { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
        }
    }
}
