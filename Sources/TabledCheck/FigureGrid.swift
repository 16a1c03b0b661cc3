import TabledModel

/// A table's figures by row and column in one flat array, read once for the guesses that
/// walk every row many times over. Walking the rows themselves (each with its label, kind
/// and cells apart in memory) made each pass over a table of many thousand rows slower per
/// row than over a short one, once the rows no longer fitted in the processor's cache.
struct FigureGrid {
    let rows: Int
    let columns: Int
    private let amounts: [Amount?]
    private let rowHasFigures: [Bool]

    init(_ table: BudgetTable) {
        rows = table.rows.count
        columns = table.rows.reduce(0) { Swift.max($0, $1.cells.count) }
        var amounts = [Amount?](repeating: nil, count: rows * columns)
        var rowHasFigures = [Bool](repeating: false, count: rows)
        for (r, row) in table.rows.enumerated() {
            for (c, cell) in row.cells.enumerated() {
                guard let amount = cell.value.amount else { continue }
                amounts[r * columns + c] = amount
                rowHasFigures[r] = true
            }
        }
        self.amounts = amounts
        self.rowHasFigures = rowHasFigures
    }

    /// The figure in row `r`, column `c`; nil where there is none or no such cell.
    subscript(r: Int, c: Int) -> Amount? {
        guard r >= 0, r < rows, c >= 0, c < columns else { return nil }
        return amounts[r * columns + c]
    }

    /// Whether row `r` has a figure in any column.
    func hasFigures(_ r: Int) -> Bool {
        r >= 0 && r < rows && rowHasFigures[r]
    }
}
