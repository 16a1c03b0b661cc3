import Foundation

/// The table printed after a batch: one line per meeting.
struct PackSummary {
    let agendas: [String]
    let results: [Pack.Result]

    var table: String {
        let header = ["meeting", "items", "errors", "warnings", "files written", "folder"]
        var rows: [[String]] = []
        for (agenda, result) in zip(agendas, results) {
            let errors = result.diagnostics.count(of: .error) + (result.failure == nil ? 0 : 1)
            let warnings = result.diagnostics.count(of: .warning)
            rows.append([result.pack?.meeting ?? agenda, result.pack.map { "\($0.items)" } ?? "-", "\(errors)", "\(warnings)", "\(result.written)", result.folder ?? "-"])
        }
        let widths = header.indices.map { c in ([header[c]] + rows.map { $0[c] }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, text in
                let pad = String(repeating: " ", count: widths[c] - text.count)
                return c == 0 || c == cells.count - 1 ? text + pad : pad + text
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        return ([line(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + rows.map(line))
            .joined(separator: "\n")
    }
}
