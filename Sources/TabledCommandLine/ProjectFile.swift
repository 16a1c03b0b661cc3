import Foundation
import Tabled
import TabledModel
import TabledReader

/// The `tabled.yaml` that governs a paper: in its folder or the nearest folder above it,
/// looking no higher than the top of a git repository or the home folder. Its settings are
/// defaults: a flag given on the command line wins.
package struct ProjectFile {
    package var path: String
    package var settings: ProjectSettings

    package static let name = "tabled.yaml"

    /// The project file for papers at `paths` (the first one's folder is where the search
    /// starts); nil if there is none. A broken one ends the run, located, before anything is written.
    package static func find(for paths: [String]) throws -> ProjectFile? {
        let start = paths.first.map { $0 == "-" ? "." : (($0 as NSString).deletingLastPathComponent) } ?? "."
        var folder = URL(fileURLWithPath: start.isEmpty ? "." : start).standardizedFileURL
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.path
        let manager = FileManager.default
        while true {
            let candidate = folder.appendingPathComponent(name).path
            if manager.fileExists(atPath: candidate) { return try load(shown(candidate, from: start)) }
            // The top of a repository, the home folder and the root are as high as it looks.
            if manager.fileExists(atPath: folder.appendingPathComponent(".git").path) || folder.path == home || folder.path == "/" { return nil }
            folder.deleteLastPathComponent()
        }
    }

    /// The project file's path as the user would write it: relative when the paper's was.
    private static func shown(_ absolute: String, from start: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return absolute.hasPrefix(cwd) ? String(absolute.dropFirst(cwd.count)) : absolute
    }

    private static func load(_ path: String) throws -> ProjectFile {
        let text = try InputFile.textOrExit(path)
        let read = ProjectReader.read(text, file: path)
        Console.print(read.diagnostics)
        guard let settings = read.settings else {
            Console.err("\(path): the project file has errors: fix them, or give --style and --templates yourself")
            throw ExitStatus.inputErrors.exitCode
        }
        return ProjectFile(path: path, settings: settings)
    }

    /// A path the project file gives, from the folder the command runs in.
    package func resolve(_ written: Located<String>?) -> String? {
        guard let written else { return nil }
        if written.value.hasPrefix("/") { return written.value }
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? written.value : (folder as NSString).appendingPathComponent(written.value)
    }
}

extension ProjectFile {
    /// The house style it names, from the folder the command runs in.
    package var style: String? { resolve(settings.style) }
    package var templates: String? { resolve(settings.templates) }
    package var output: String? { resolve(settings.output) }
    package var format: String? { settings.format?.value }
}
