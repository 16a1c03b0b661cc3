import TabledModel

/// `tabled check` on a published paper: every table found is judged by the one table checker.
public enum PublishedPaperChecker {
    /// What checking a published paper found.
    public struct Outcome: Sendable {
        /// Sorted by location.
        public var diagnostics: [Diagnostic]
        /// One verdict per table in document order.
        public var verdicts: [TableVerdict]
        /// Each table as found with its verdict, for a review page.
        public var reviews: [ReviewedTable]
    }

    /// `readerDiagnostics` are what reading the paper found (an illegible figure); they join
    /// the outcome and the review of the table they name.
    public static func check(_ paper: PublishedPaper, readerDiagnostics: [Diagnostic] = []) -> Outcome {
        var diagnostics = readerDiagnostics
        var verdicts: [TableVerdict] = []
        var reviews: [ReviewedTable] = []
        for found in paper.tables {
            var tableDiagnostics: [Diagnostic] = []
            func notChecked(_ why: DiagnosticKind.NotCheckedReason, notes: [Diagnostic.Note] = [.init(.hintHelp)]) {
                tableDiagnostics.append(Diagnostic(.notChecked(table: found.name, why: why), at: found.location, notes: notes, table: found.name))
            }
            var verdict = TableVerdict(table: found.name)
            var ignored = false
            switch found.reading {
            case .ignored:
                ignored = true
            case .notChecked(let why):
                notChecked(why)
            case .structured(var table):
                var tried: [String] = []
                var confirmedBesideTable = 0
                var confirmedCells: CellSet = []
                // A hint is the author's word: nothing is guessed beside it.
                if found.printed?.hint == nil {
                    var inference = StructureInference(table: table)
                    inference.run()
                    table = inference.table
                    tried = inference.tried
                    confirmedBesideTable = inference.confirmedBesideTable
                    confirmedCells = inference.confirmedCells
                    // The inference's last check is the table as it now stands.
                    (tableDiagnostics, verdict) = inference.result
                } else {
                    (tableDiagnostics, verdict) = TableChecker.check(table, negative: .brackets)
                }
                verdict.identitiesChecked += confirmedBesideTable
                verdict.checkedFigures.formUnion(confirmedCells.intersection(verdict.figures))
                if !verdict.isChecked {
                    if verdict.identitiesNotChecked > 0 {
                        notChecked(.nothingCheckable)
                    } else if !tried.isEmpty {
                        notChecked(.inferenceFailed, notes: tried.map { .init(.triedReading($0)) } + [.init(.hintHelp)])
                    } else {
                        notChecked(.noIdentity)
                    }
                }
            }
            diagnostics += tableDiagnostics
            verdicts.append(verdict)
            let printed = found.printed ?? PrintedTable(caption: found.name, location: found.location, header: [], rows: [])
            reviews.append(ReviewedTable(name: found.name, printed: printed, verdict: verdict, ignored: ignored,
                                         diagnostics: (readerDiagnostics.filter { $0.table == found.name } + tableDiagnostics).sortedByLocation(),
                                         negative: .brackets))
        }
        return Outcome(diagnostics: diagnostics.sortedByLocation(), verdicts: verdicts, reviews: reviews)
    }
}
