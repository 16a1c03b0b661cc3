import Foundation
import Tabled

/// The disk as the library's file source: regular files only, up to the input limit, and
/// '-' for standard input when the command read it.
package struct DiskFiles: FileSource {
    /// Standard input as read, for a paper given as '-'.
    package var standardInput: FileReading?

    package init(standardInput: FileReading? = nil) {
        self.standardInput = standardInput
    }

    package func read(_ path: String) -> FileReading {
        if path == "-" { return standardInput ?? InputFile.readStandardInput() }
        return InputFile.read(path)
    }

    package func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path.isEmpty ? "." : path).resolvingSymlinksInPath().path
    }
}
