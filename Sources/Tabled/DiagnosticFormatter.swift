import TabledModel

/// Prints diagnostics as a compiler does: `file:line:col: error: message [id]`, then notes.
public enum DiagnosticFormatter {
    public static func text(_ diagnostic: Diagnostic) -> String {
        var lines = ["\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.id)]"]
        for note in diagnostic.notes {
            if let location = note.location {
                lines.append("\(location): note: \(note.message)")
            } else {
                lines.append("    note: \(note.message)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
