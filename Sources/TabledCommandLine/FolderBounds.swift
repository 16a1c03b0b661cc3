import Foundation

/// Whether a file a paper names (a report on an agenda, an appendix) stays inside the
/// folder it is named from once links are followed: a link inside the folder must not lead out.
package enum FolderBounds {
    /// `folder` with its links resolved, for `contains`.
    package static func real(_ folder: URL) -> String {
        folder.resolvingSymlinksInPath().path
    }

    package static func contains(_ file: URL, realFolder: String) -> Bool {
        file.resolvingSymlinksInPath().path.hasPrefix(realFolder + "/")
    }
}
