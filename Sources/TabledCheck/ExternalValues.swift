import TabledModel

/// Values a formula may name outside its own table: figures, and other tables' cells.
///
/// `table.row` means the cell in the column with the same id as the formula's column,
/// or the only value column if the other table has one; anything else must be written
/// `table.row.column`.
public struct ExternalValues: Sendable {
    /// A value found elsewhere, with where it was printed and its unit.
    public struct Value: Sendable {
        public var value: PrintedValue
        public var location: SourceLocation
        public var unit: AmountUnit
    }

    let report: Report
    /// Verdicts of the tables checked so far, for their computed totals.
    var verdicts: [String: TableVerdict]

    public init(report: Report, verdicts: [String: TableVerdict]) {
        self.report = report
        self.verdicts = verdicts
    }

    /// Whether a formula name refers outside its table.
    func isExternal(_ name: String) -> Bool {
        name.contains(".") || report.figures.contains { $0.name.value == name }
    }

    /// The other tables a table's formulas name, which must be checked first.
    static func tablesNamed(by table: BudgetTable) -> Set<String> {
        var names = Set<String>()
        let formulas = table.rows.compactMap { row -> WrittenFormula? in
            if case .formula(let f) = row.kind { return f }
            return nil
        }
        for formula in formulas {
            guard case .success(let parsed) = formula.parsed else { continue }
            for term in parsed.terms where term.name.contains(".") {
                if let table = term.name.split(separator: ".").first { names.insert(String(table)) }
            }
        }
        return names
    }

    /// The value a name stands for, or nil if it names nothing; `columnID` is the id of the
    /// formula's own column, if any.
    public func value(of name: String, columnID: String?) -> Value? {
        let parts = name.split(separator: ".").map(String.init)
        guard !parts.isEmpty else { return nil }
        if parts.count == 1 {
            guard let figure = report.figures.first(where: { $0.name.value == name }) else { return nil }
            return Value(value: figure.value.value, location: figure.value.location, unit: figure.unit)
        }
        guard parts.count <= 3, let table = report.tables.first(where: { $0.id.value == parts[0] }),
              let r = ExternalValues.row(parts[1], in: table) else { return nil }
        let valueColumns = table.columns.indices.filter { !table.columns[$0].isText }
        let c: Int
        if parts.count == 3 {
            guard let index = table.columns.firstIndex(where: { $0.id?.value == parts[2] }) else { return nil }
            c = index
        } else if let columnID, let index = table.columns.firstIndex(where: { $0.id?.value == columnID }) {
            c = index
        } else if valueColumns.count == 1 {
            c = valueColumns[0]
        } else {
            return nil
        }
        let row = table.rows[r]
        let unit = table.unit(of: table.columns[c])
        guard c < row.cells.count else { return Value(value: .noFigure, location: row.location, unit: unit) }
        let cell = row.cells[c]
        if case .noFigure = cell.value, let computed = verdicts[table.id.value]?.computed[CellPosition(row: r, column: c)] {
            return Value(value: .figure(computed, printedUnit: nil), location: cell.text.location, unit: unit)
        }
        return Value(value: cell.value, location: cell.text.location, unit: unit)
    }

    /// A row by id; `total` also means the table's last `total: sum` row when no row has that id.
    static func row(_ id: String, in table: BudgetTable) -> Int? {
        if let index = table.rows.firstIndex(where: { $0.id?.value == id }) { return index }
        guard id == "total" else { return nil }
        return table.rows.lastIndex { if case .total(.sum) = $0.kind { return true } else { return false } }
    }
}
