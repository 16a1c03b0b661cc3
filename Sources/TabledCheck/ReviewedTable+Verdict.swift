import TabledModel

extension ReviewedTable {
    /// A checked table as a reviewer sees it: it adds up only when no identity fails and
    /// every figure its structure reaches took part in a checked one (`TableVerdict.coversTable`).
    /// `printed` holds the table's rows in the
    /// checker's order with the labels in column 0, so the checker's cell (row r, figure
    /// column c) is printed row r, column c + 1.
    public init(name: String, printed: PrintedTable, verdict: TableVerdict?, ignored: Bool = false, diagnostics: [Diagnostic],
                negative: NegativeStyle) {
        let own = diagnostics.filter { $0.table == name }
        let flagged = (verdict?.flagged ?? [:]).sorted { $0.key < $1.key }.map {
            FlaggedCell(row: $0.key.row, column: $0.key.column + 1, diagnostic: $0.value)
        }
        let computed = (verdict?.computed ?? [:]).sorted { $0.key < $1.key }.map {
            ComputedCell(row: $0.key.row, column: $0.key.column + 1, figure: $0.value.formatted(negative: negative))
        }
        let judged: Verdict
        if ignored {
            judged = .ignored
        } else if own.hasErrors {
            judged = .error
        } else if let reason = own.first(where: { if case .notChecked = $0.kind { true } else { false } }) {
            judged = .notChecked(why: reason.message, notes: reason.notes.map(\.message))
        } else if verdict?.isChecked != true {
            judged = .notChecked(why: DiagnosticKind.notChecked(table: name, why: .noStructure).message, notes: [])
        } else if verdict?.coversTable != true {
            judged = .partlyChecked
        } else if own.contains(where: \.isRoundingDifference) {
            judged = .withinRounding
        } else {
            judged = .pass
        }
        let unchecked = (verdict?.uncheckedFigures ?? []).map { PrintedCell(row: $0.row, column: $0.column + 1) }
        self.init(name: name, location: printed.location, printed: printed, verdict: judged, flagged: flagged, computed: computed,
                  diagnostics: own, figures: verdict?.figures.count ?? 0, uncheckedFigures: ignored ? [] : unchecked)
    }
}
