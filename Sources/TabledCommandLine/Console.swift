import Foundation
import Tabled
import TabledModel

/// Writing to the terminal: diagnostics and errors on stderr, results on stdout.
package enum Console {
    package static func out(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    /// Bytes to standard output as they are (`-o -`), with no line added.
    package static func write(_ data: Data) {
        data.withUnsafeBytes { write($0, to: STDOUT_FILENO) }
    }

    /// A line that only informs (a summary, what was written): not under `--quiet`.
    package static func say(_ text: String) {
        if !GlobalOptions.quiet { write(text, to: STDOUT_FILENO) }
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
        line.withUTF8 { write(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    private static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) {
        var rest = bytes
        while !rest.isEmpty {
            let written = Foundation.write(descriptor, rest.baseAddress, rest.count)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            rest = UnsafeRawBufferPointer(rebasing: rest[written...])
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
        var excerpt = SourceExcerpt()
        for line in lines(diagnostics, excerpt: &excerpt) { err(line) }
    }

    /// Diagnostics as the terminal shows them: each with the source line it points at and a
    /// caret, a table's rounding differences worded once, in colour where that is wanted.
    package static func lines(_ diagnostics: [Diagnostic], excerpt: inout SourceExcerpt) -> [String] {
        // --quiet: errors only (and warnings, when --fail-if-warnings makes them errors).
        let shown = GlobalOptions.quiet
            ? diagnostics.filter { $0.severity == .error || (GlobalOptions.failIfWarnings && $0.severity == .warning) } : diagnostics
        return shown.groupingRoundingDifferences().map { diagnostic in
            var text = DiagnosticFormatter.text(diagnostic, colour: colour)
            let source = excerpt.lines(at: diagnostic.location).map(DiagnosticFormatter.visible)
            if !source.isEmpty {
                let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
                text = ([String(lines[0])] + source + lines.dropFirst().map(String.init)).joined(separator: "\n")
            }
            return text
        }
    }

    /// Whether diagnostics are coloured: on a terminal, unless NO_COLOR is set; `--color`
    /// says always or never.
    package static var colour: Bool {
        let environment = ProcessInfo.processInfo.environment
        switch GlobalOptions.colour {
        case .always: return true
        case .never: return false
        case .auto: return (environment["NO_COLOR"].map(\.isEmpty) ?? true) && isatty(STDERR_FILENO) == 1
        }
    }
}
