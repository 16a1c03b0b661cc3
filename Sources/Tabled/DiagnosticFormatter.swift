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
        return lines.map(visible).joined(separator: "\n")
    }

    /// A line with its control characters shown as escapes (`\u{1B}`): words quoted from a
    /// hostile file must never move the cursor, clear the screen or retitle the terminal.
    public static func visible(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: isControl) else { return line }
        var out = ""
        for scalar in line.unicodeScalars {
            if isControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
