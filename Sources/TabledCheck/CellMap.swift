/// Values by cell: the table's own cells in an array, by row and column, and any other cell
/// (one outside the table, as an external figure is) in a dictionary. A check looks every
/// cell up several times; hashing each lookup was most of the time on a table of many rows.
struct CellMap<Value> {
    private var values: [Value?]
    private let rows: Int
    private let columns: Int
    private var others: [CellPosition: Value] = [:]

    /// A map sized for the cells in `positions`.
    init(sizedFor positions: some Sequence<CellPosition>) {
        var rows = 0, columns = 0
        for position in positions where position.row >= 0 && position.column >= 0 {
            rows = max(rows, position.row + 1)
            columns = max(columns, position.column + 1)
        }
        // Positions are a table's own, so rows × columns is its cell count; a sparse set of
        // far-apart positions goes to the dictionary instead of a huge array.
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        if overflow || count > 64_000_000 { rows = 0; columns = 0 }
        self.rows = rows
        self.columns = columns
        values = Array(repeating: nil, count: rows * columns)
    }

    subscript(position: CellPosition) -> Value? {
        get {
            guard let index = index(position) else { return others[position] }
            return values[index]
        }
        set {
            guard let index = index(position) else { return others[position] = newValue }
            values[index] = newValue
        }
    }

    private func index(_ position: CellPosition) -> Int? {
        guard position.row >= 0, position.row < rows, position.column >= 0, position.column < columns else { return nil }
        return position.row * columns + position.column
    }
}
