import ArgumentParser
import Foundation
import TabledCommandLine

/// `tabled preview`: a paper in the browser, rendered again each time it is saved.
///
/// The server is `tabled-preview`, installed beside `tabled`; this command parses the options,
/// so that `tabled preview --help` and its errors read like every other command's, then
/// becomes that program (same process, same Ctrl-C, same exit code).
struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Show a paper in the browser, rendered again each time it is saved.",
        discussion: """
        Serves the paper on http://127.0.0.1:PORT/ (this machine only). The page updates itself \
        when the paper, its style, its templates or its appendices change; when the paper has \
        errors it shows them over the last version that rendered. Nothing is written. Ctrl-C stops.
        """
    )

    @OptionGroup var options: PreviewOptions

    mutating func run() throws {
        // The server is handed the project file's style and templates as if they were given.
        if let project = try ProjectFile.find(for: [options.file]) {
            (options.style, options.templates) = (options.style ?? project.style, options.templates ?? project.templates)
        }
        let server = Self.serverPath
        let arguments = [server] + options.arguments
        var argv = arguments.map { strdup($0) } + [nil]
        execv(server, &argv)
        // Only reached when the server could not be started.
        let reason = String(cString: strerror(errno))
        Console.fail("cannot start the preview server '\(server)': \(reason) (make install puts tabled-preview beside tabled)")
        throw ExitStatus.usage.exitCode
    }

    /// `tabled-preview` in the folder this program was started from, symbolic links followed.
    private static var serverPath: String {
        let own = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return ((own as NSString).deletingLastPathComponent as NSString).appendingPathComponent("tabled-preview")
    }
}
