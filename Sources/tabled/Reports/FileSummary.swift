import TabledCheck
import TabledModel

/// One file's line in `tabled check`'s summary.
struct FileSummary {
    var file: String
    var tables: Int
    var checked: Int
    var errors: Int
    var warnings: Int
    /// Printed figures in the file's tables, and those that took part in a checked identity.
    var figures: Int
    var figuresChecked: Int

    init(file: String, verdicts: [TableVerdict], diagnostics: [Diagnostic]) {
        self.file = file
        tables = verdicts.count
        checked = verdicts.filter(\.isChecked).count
        errors = diagnostics.count(of: .error)
        warnings = diagnostics.count(of: .warning)
        figures = verdicts.reduce(0) { $0 + $1.figures.count }
        figuresChecked = verdicts.reduce(0) { $0 + $1.figures.intersection($1.checkedFigures).count }
    }

    var notChecked: Int { tables - checked }

    /// "1 error, 0 warnings".
    static func counts(_ diagnostics: [Diagnostic]) -> String {
        counts(errors: diagnostics.count(of: .error), warnings: diagnostics.count(of: .warning))
    }

    static func counts(errors: Int, warnings: Int) -> String {
        "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    /// "paper.yaml: 3 tables, 2 checked, 1 not checked, 1 error, 0 warnings; 40 of 52 figures checked".
    var line: String {
        "\(file): \(tables) table\(tables == 1 ? "" : "s"), \(checked) checked, \(notChecked) not checked, "
            + Self.counts(errors: errors, warnings: warnings)
            + (figures > 0 ? "; \(figuresChecked) of \(figures) figure\(figures == 1 ? "" : "s") checked" : "")
    }
}
