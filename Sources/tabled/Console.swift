import Foundation
import Tabled
import TabledModel

/// Writing to the terminal: diagnostics and errors on stderr, results on stdout.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A problem with the run itself rather than with an input's contents.
    static func fail(_ message: String) {
        err("tabled: error: \(message)")
    }

    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { err(DiagnosticFormatter.text(diagnostic)) }
    }
}
