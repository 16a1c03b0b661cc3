import TabledModel

/// Prints diagnostics as a compiler does: `file:line:col: error: message [id]`, then notes.
public enum DiagnosticFormatter {
    public static func text(_ diagnostic: Diagnostic, colour: Bool = false) -> String {
        func paint(_ word: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(word)\u{1B}[0m" : word }
        let severity = switch diagnostic.severity {
        case .error: paint("error:", "1;31")
        case .warning: paint("warning:", "1;33")
        case .note: paint("note:", "1;36")
        }
        let note = paint("note:", "1;36")
        var lines = ["\(visible(diagnostic.location.description)): \(severity) \(visible(diagnostic.message)) [\(diagnostic.id)]"]
        for each in diagnostic.notes {
            if let location = each.location {
                lines.append("\(visible(location.description)): \(note) \(visible(each.message))")
            } else {
                lines.append("    \(note) \(visible(each.message))")
            }
        }
        return lines.joined(separator: "\n")
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
