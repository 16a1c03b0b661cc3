import Foundation
import Tabled
import TabledModel

/// Writing to the terminal: diagnostics and errors on stderr, results on stdout.
package enum Console {
    package static func out(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    package static func err(_ text: String) {
        write(text, to: STDERR_FILENO)
    }

    /// Writes a line unbuffered, as FileHandle did, but straight from the string's bytes.
    ///
    /// Going through `Data` cost `--version` a scan of every protocol conformance in the
    /// program, a tenth of its instructions.
    private static func write(_ text: String, to descriptor: Int32) {
        var line = text + "\n"
        line.withUTF8 { bytes in
            var rest = UnsafeRawBufferPointer(bytes)
            while !rest.isEmpty {
                let written = Foundation.write(descriptor, rest.baseAddress, rest.count)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                rest = UnsafeRawBufferPointer(rebasing: rest[written...])
            }
        }
    }

    /// A problem with the run itself rather than with an input's contents.
    package static func fail(_ message: String) {
        err("tabled: error: \(message)")
    }

    /// The time of day, as lines on the terminal show it: 14:03:12.
    package static func time() -> String {
        Date.now.formatted(.dateTime.hour(.twoDigits(amPM: .omitted)).minute(.twoDigits).second(.twoDigits))
    }

    package static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.groupingRoundingDifferences() { err(DiagnosticFormatter.text(diagnostic)) }
    }
}
