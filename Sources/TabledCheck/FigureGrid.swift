import TabledModel

/// A table's figures by row and column, read once for the guesses that walk every row many
/// times over, in a `CellMap` (one flat array). Walking the rows themselves (each with its
/// label, kind and cells apart in memory) made each pass over a table of many thousand rows
/// slower per row than over a short one, once the rows no longer fitted in the processor's cache.
struct FigureGrid {
    let columns: Int
    private var amounts: CellMap<Amount>
    private let rowHasFigures: [Bool]

    init(_ table: BudgetTable) {
        columns = table.rows.reduce(0) { Swift.max($0, $1.cells.count) }
        var amounts = CellMap<Amount>(rows: table.rows.count, columns: columns)
        var rowHasFigures = [Bool](repeating: false, count: table.rows.count)
        for (r, row) in table.rows.enumerated() {
            for (c, cell) in row.cells.enumerated() {
                guard let amount = cell.value.amount else { continue }
                amounts[CellPosition(row: r, column: c)] = amount
                rowHasFigures[r] = true
            }
        }
        self.amounts = amounts
        self.rowHasFigures = rowHasFigures
    }

    /// The figure in row `r`, column `c`; nil where there is none or no such cell.
    subscript(r: Int, c: Int) -> Amount? {
        amounts[CellPosition(row: r, column: c)]
    }

    /// Whether row `r` has a figure in any column.
    func hasFigures(_ r: Int) -> Bool {
        rowHasFigures.indices.contains(r) && rowHasFigures[r]
    }
}
