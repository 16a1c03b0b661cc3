/// One paper's tables as a reviewer sees them, with what was found in the paper outside its
/// tables: the content of `tabled check --format html`'s review page.
public struct ReviewedPaper: Sendable {
    public var file: String
    public var tables: [ReviewedTable]
    /// The paper's diagnostics that belong to no table (a paper that could not be read, a
    /// reference to nothing), in source order.
    public var otherDiagnostics: [Diagnostic]
    /// The paper holds exempt content: its review page shows it, so the page is confidential too.
    public var isConfidential = false

    public init(file: String, tables: [ReviewedTable], otherDiagnostics: [Diagnostic] = []) {
        self.file = file
        self.tables = tables
        self.otherDiagnostics = otherDiagnostics
    }

    /// How many tables have each verdict, for the summary.
    public func count(where verdict: (ReviewedTable.Verdict) -> Bool) -> Int {
        tables.reduce(0) { $0 + (verdict($1.verdict) ? 1 : 0) }
    }
}
