import TabledModel

/// `tabled check` on a published paper: every table found is judged by the one table checker.
public enum PublishedPaperChecker {
    /// The diagnostics, sorted, and one verdict per table in document order.
    public static func check(_ paper: PublishedPaper) -> (diagnostics: [Diagnostic], verdicts: [TableVerdict]) {
        var diagnostics: [Diagnostic] = []
        var verdicts: [TableVerdict] = []
        for found in paper.tables {
            func notChecked(_ why: DiagnosticKind.NotCheckedReason, notes: [Diagnostic.Note] = [.init(.hintHelp)]) {
                diagnostics.append(Diagnostic(.notChecked(table: found.name, why: why), at: found.location, notes: notes, table: found.name))
            }
            switch found.reading {
            case .ignored:
                verdicts.append(TableVerdict(table: found.name))
            case .notChecked(let why):
                notChecked(why)
                verdicts.append(TableVerdict(table: found.name))
            case .structured(var table):
                var tried: [String] = []
                // A hint is the author's word: nothing is guessed beside it.
                if found.printed?.hint == nil {
                    var inference = StructureInference(table: table)
                    inference.run()
                    table = inference.table
                    tried = inference.tried
                }
                let (tableDiagnostics, verdict) = TableChecker.check(table, negative: .brackets)
                diagnostics += tableDiagnostics
                if !verdict.isChecked {
                    if verdict.identitiesNotChecked > 0 {
                        notChecked(.nothingCheckable)
                    } else if !tried.isEmpty {
                        notChecked(.inferenceFailed, notes: tried.map { .init(.triedReading($0)) } + [.init(.hintHelp)])
                    } else {
                        notChecked(.noIdentity)
                    }
                }
                verdicts.append(verdict)
            }
        }
        return (diagnostics.sortedByLocation(), verdicts)
    }
}
