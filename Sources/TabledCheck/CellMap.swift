/// Values by cell: the table's own cells in an array, by row and column, and any other cell
/// (one outside the table, as an external figure is) in a dictionary. A check looks every
/// cell up several times; hashing each lookup was most of the time on a table of many rows.
struct CellMap<Value>: Sequence {
    private var values: [Value?]
    let rows: Int
    let columns: Int
    private var others: [CellPosition: Value] = [:]

    /// A map with room in its array for `rows` × `columns` cells.
    init(rows: Int, columns: Int) {
        // A sparse set of far-apart positions goes to the dictionary instead of a huge array.
        let (count, overflow) = Swift.max(rows, 0).multipliedReportingOverflow(by: Swift.max(columns, 0))
        let fits = !overflow && count <= 64_000_000
        self.rows = fits ? Swift.max(rows, 0) : 0
        self.columns = fits ? Swift.max(columns, 0) : 0
        values = Array(repeating: nil, count: self.rows * self.columns)
    }

    /// A map sized for the cells in `positions`.
    init(sizedFor positions: some Sequence<CellPosition>) {
        var rows = 0, columns = 0
        for position in positions where position.row >= 0 && position.column >= 0 {
            rows = Swift.max(rows, position.row + 1)
            columns = Swift.max(columns, position.column + 1)
        }
        self.init(rows: rows, columns: columns)
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

    /// The cells with values: the table's own in reading order, then the others.
    func makeIterator() -> Iterator {
        Iterator(values: values, columns: columns, rest: others.makeIterator())
    }

    /// Walks a map's cells with values; a concrete type, as the walk runs once per cell.
    struct Iterator: IteratorProtocol {
        fileprivate let values: [Value?]
        fileprivate let columns: Int
        fileprivate var rest: Dictionary<CellPosition, Value>.Iterator
        private var index = 0

        fileprivate init(values: [Value?], columns: Int, rest: Dictionary<CellPosition, Value>.Iterator) {
            self.values = values
            self.columns = columns
            self.rest = rest
        }

        mutating func next() -> (position: CellPosition, value: Value)? {
            while index < values.count {
                defer { index += 1 }
                if let value = values[index] { return (CellPosition(row: index / columns, column: index % columns), value) }
            }
            return rest.next().map { (position: $0.key, value: $0.value) }
        }
    }

    private func index(_ position: CellPosition) -> Int? {
        guard position.row >= 0, position.row < rows, position.column >= 0, position.column < columns else { return nil }
        return position.row * columns + position.column
    }
}
