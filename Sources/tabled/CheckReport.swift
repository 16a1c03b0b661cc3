import Foundation
import TabledModel

/// `tabled check --format json`: one object, as DESIGN.md section 7 fixes it.
struct CheckReport {
    var files: [FileSummary]
    var diagnostics: [Diagnostic]

    func json() -> String {
        let fileObjects: [[String: Any]] = files.map {
            ["file": $0.file, "tables": $0.tables, "checked": $0.checked, "not_checked": $0.notChecked,
             "errors": $0.errors, "warnings": $0.warnings]
        }
        let diagnosticObjects: [[String: Any]] = diagnostics.map { d in
            var object: [String: Any] = [
                "file": d.location.file, "line": d.location.line, "column": d.location.column,
                "severity": d.severity.rawValue, "id": d.id, "message": d.message,
            ]
            if let table = d.table { object["table"] = table }
            if let arithmetic = d.arithmetic {
                object["expected"] = arithmetic.expected
                object["actual"] = arithmetic.actual
                object["difference"] = arithmetic.difference
            }
            if !d.notes.isEmpty {
                object["notes"] = d.notes.map { note -> [String: Any] in
                    var n: [String: Any] = ["message": note.message]
                    if let location = note.location {
                        n["file"] = location.file
                        n["line"] = location.line
                        n["column"] = location.column
                    }
                    return n
                }
            }
            return object
        }
        let root: [String: Any] = ["files": fileObjects, "diagnostics": diagnosticObjects]
        guard let data = try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys, .withoutEscapingSlashes]),
              let text = String(data: data, encoding: .utf8) else { return "{}" }
        return text
    }
}
