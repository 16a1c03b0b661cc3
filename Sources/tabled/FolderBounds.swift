import Foundation

/// Whether a file a paper names (a report on an agenda, an appendix) stays inside the
/// folder it is named from once links are followed: a link inside the folder must not lead out.
enum FolderBounds {
    /// `folder` with its links resolved, for `contains`.
    static func real(_ folder: URL) -> String {
        folder.resolvingSymlinksInPath().path
    }

    static func contains(_ file: URL, realFolder: String) -> Bool {
        file.resolvingSymlinksInPath().path.hasPrefix(realFolder + "/")
    }
}
