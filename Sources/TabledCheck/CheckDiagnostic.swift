/// The stable ids of the check stage's diagnostics. The `table.*` ids are a contract.
public enum CheckDiagnostic {
    public static let totalMismatch = "table.total-mismatch"
    public static let formulaMismatch = "table.formula-mismatch"
    public static let roundingDifference = "table.rounding-difference"
    public static let badValue = "table.bad-value"
    public static let unitMismatch = "table.unit-mismatch"
    public static let shape = "table.shape"
    /// (note) a table Tabled could not make sense of, so did not check.
    public static let notChecked = "table.not-checked"
    public static let unknownTable = "report.unknown-table"
    public static let duplicateID = "report.duplicate-id"
    public static let tableNotPlaced = "report.table-not-placed"
    public static let tablePlacedTwice = "report.table-placed-twice"
    public static let missingImplication = "report.missing-implication"
    /// A line with more table cells than cmark-gfm can parse in reasonable time.
    public static let tooWide = "input.too-wide"
}
