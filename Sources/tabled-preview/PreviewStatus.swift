import Tabled
import TabledModel

/// What a preview page shows besides the paper: each diagnostic as the terminal prints it,
/// with the lines it points at. Sent to the page as JSON.
struct PreviewStatus: Codable, Sendable, Equatable {
    /// One line of an input, shown under the diagnostic that points at it.
    struct Line: Codable, Sendable, Equatable {
        var number: Int
        var text: String
        /// The line the diagnostic points at; its column, 1-based, is `caret`.
        var caret: Int?
    }

    /// One diagnostic, or one file that could not be read.
    struct Entry: Codable, Sendable, Equatable {
        /// "error" or "warning".
        var severity: String
        /// Exactly as `tabled render` prints it: `file:line:column: error: message [id]`, then notes.
        var text: String
        var excerpt: [Line]
    }

    /// Counts every rebuild, so a page knows whether it has seen this one.
    var version = 0
    /// The rebuild whose paper the page shows; 0 until the paper first renders.
    var paper = 0
    /// The paper's file, as named on the command line.
    var file: String
    var errors: [Entry] = []
    var warnings: [Entry] = []

    /// How far around the line a diagnostic names the excerpt reaches.
    static let context = 1

    /// An entry for a diagnostic, with its lines from `source` when it points into that file.
    static func entry(_ diagnostic: Diagnostic, source: (file: String, text: String)?) -> Entry {
        var excerpt: [Line] = []
        let location = diagnostic.location
        if let source, source.file == location.file, location.line > 0 {
            let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = max(1, location.line - context)
            let last = min(lines.count, location.line + context)
            if first <= last {
                for number in first...last {
                    var text = String(lines[number - 1])
                    if text.hasSuffix("\r") { text.removeLast() }
                    excerpt.append(Line(number: number, text: text, caret: number == location.line ? max(1, location.column) : nil))
                }
            }
        }
        return Entry(severity: diagnostic.severity.rawValue, text: DiagnosticFormatter.text(diagnostic), excerpt: excerpt)
    }

    /// An entry for a file that could not be read at all.
    static func unreadable(_ message: String) -> Entry {
        Entry(severity: Diagnostic.Severity.error.rawValue, text: "tabled: error: \(message)", excerpt: [])
    }
}
