import TabledModel

extension ReviewedTable {
    /// A checked table as a reviewer sees it. `printed` holds the table's rows in the
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
            judged = .notChecked(why: "nothing in it is a total, a formula or a balance, so there was nothing to add up", notes: [])
        } else if own.contains(where: { $0.id == "table.rounding-difference" }) {
            judged = .withinRounding
        } else {
            judged = .pass
        }
        self.init(name: name, location: printed.location, printed: printed, verdict: judged, flagged: flagged, computed: computed,
                  diagnostics: own)
    }
}
