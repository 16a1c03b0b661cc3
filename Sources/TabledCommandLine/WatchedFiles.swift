import Foundation

/// The files a preview or `render --watch` depends on, and how they looked when last read.
///
/// Polled rather than watched with inotify: a few `stat` calls every 25 ms cost nothing, and
/// polling sees a file deleted, recreated under the same name, or replaced by a directory,
/// which editors that save by renaming do all the time.
package struct WatchedFiles: Sendable, Equatable {
    /// Files read whole: papers, styles, appendices.
    package var files: [String]
    /// Folders whose template files are read: the folder's listing counts as well as each file.
    package var folders: [String]

    package init(files: [String], folders: [String]) {
        self.files = files
        self.folders = folders
    }

    /// Every watched path with its fingerprint now.
    package func snapshot() -> [String: FileFingerprint] {
        var seen: [String: FileFingerprint] = [:]
        for file in files { seen[file] = .of(file) }
        for folder in folders {
            seen[folder] = .of(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where TemplateFolder.reads(name) {
                let path = (folder as NSString).appendingPathComponent(name)
                seen[path] = .of(path)
            }
        }
        return seen
    }
}
