import TabledModel

/// `tabled check` on a published paper: every table found is judged by the one table checker.
public enum PublishedPaperChecker {
    /// The diagnostics, sorted, and one verdict per table in document order.
    public static func check(_ paper: PublishedPaper) -> (diagnostics: [Diagnostic], verdicts: [TableVerdict]) {
        var diagnostics: [Diagnostic] = []
        var verdicts: [TableVerdict] = []
        for found in paper.tables {
            func notChecked(_ why: DiagnosticKind.NotCheckedReason) {
                diagnostics.append(Diagnostic(.notChecked(table: found.name, why: why), at: found.location,
                                              notes: [.init(.hintHelp)], table: found.name))
            }
            switch found.reading {
            case .ignored:
                verdicts.append(TableVerdict(table: found.name))
            case .notChecked(let why):
                notChecked(why)
                verdicts.append(TableVerdict(table: found.name))
            case .structured(let table):
                let (tableDiagnostics, verdict) = TableChecker.check(table, negative: .brackets)
                diagnostics += tableDiagnostics
                if !verdict.isChecked { notChecked(verdict.identitiesNotChecked > 0 ? .nothingCheckable : .noIdentity) }
                verdicts.append(verdict)
            }
        }
        return (diagnostics.sortedByLocation(), verdicts)
    }
}
