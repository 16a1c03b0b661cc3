import TabledCheck
import TabledModel

/// One file's line in `tabled check`'s summary.
struct FileSummary {
    var file: String
    var tables: Int
    var checked: Int
    var errors: Int
    var warnings: Int

    init(file: String, verdicts: [TableVerdict], diagnostics: [Diagnostic]) {
        self.file = file
        tables = verdicts.count
        checked = verdicts.filter(\.isChecked).count
        errors = diagnostics.filter { $0.severity == .error }.count
        warnings = diagnostics.filter { $0.severity == .warning }.count
    }

    var notChecked: Int { tables - checked }

    /// "1 error, 0 warnings".
    static func counts(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    /// "paper.yaml: 3 tables, 2 checked, 1 not checked, 1 error, 0 warnings".
    var line: String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        return "\(file): \(count(tables, "table")), \(checked) checked, \(notChecked) not checked, "
            + "\(count(errors, "error")), \(count(warnings, "warning"))"
    }
}
