import TabledModel

/// Checks one YAML table: its shape, every value, and every total and formula it declares.
public enum TableChecker {
    public static func check(_ table: BudgetTable, negative: NegativeStyle) -> (diagnostics: [Diagnostic], verdict: TableVerdict) {
        check(table, negative: negative, external: nil)
    }

    /// Checks a table whose row formulas may name figures and other tables' rows.
    static func check(_ table: BudgetTable, negative: NegativeStyle, external: ExternalValues?) -> (diagnostics: [Diagnostic], verdict: TableVerdict) {
        var diagnostics: [Diagnostic] = []
        let name = table.id.value
        func error(_ kind: DiagnosticKind, at location: SourceLocation, notes: [Diagnostic.Note] = []) {
            diagnostics.append(Diagnostic(kind, at: location, notes: notes, table: name))
        }

        // cmark-gfm parses wide tables in quadratic time: no paper needs this many columns.
        if table.columns.count >= InputLimits.maximumCells {
            error(.tooManyColumns(table.columns.count, limit: InputLimits.maximumCells - 1), at: table.location)
            return (diagnostics, TableVerdict(table: name))
        }

        // Shape and values.
        var broken = Set<Int>()
        var cells = CellMap<TableArithmetic.Cell>(rows: table.rows.count, columns: table.columns.count)
        for (r, row) in table.rows.enumerated() {
            if row.isHeading {
                if !row.cells.isEmpty { error(.headingWithValues(row.label.value), at: row.location) }
                continue
            }
            guard row.cells.count == table.columns.count else {
                broken.insert(r)
                var notes: [Diagnostic.Note] = [.init(.wrongCellCountHelp)]
                // YAML splits an unquoted label at its commas: "Tourism, Leisure & Culture" becomes three cells.
                let extra = row.cells.count - table.columns.count
                if extra > 0, row.cells.prefix(extra).allSatisfy({ if case .unreadable = $0.value { true } else { false } }) {
                    let label = ([row.label.value] + row.cells.prefix(extra).map(\.text.value)).joined(separator: ", ")
                    notes.insert(.init(.quoteLabelHelp(label)), at: 0)
                }
                error(.wrongCellCount(row: row.label.value, found: row.cells.count, expected: table.columns.count), at: row.location,
                      notes: notes)
                continue
            }
            for (c, column) in table.columns.enumerated() where !column.isText {
                let cell = row.cells[c]
                switch cell.value {
                case .unreadable(let failure):
                    error(.badValue(cell.text.value, failure), at: cell.text.location, notes: [.init(.badValueHelp)])
                case .figure(_, let printed?) where printed != table.unit(of: column, in: row):
                    error(.unitMismatch(cell.text.value, printed: printed, column: table.unit(of: column, in: row)), at: cell.text.location,
                          notes: [.init(.unitMismatchHelp)])
                default:
                    break
                }
                // A figure in the wrong unit is reported once and then takes part in nothing.
                var value = cell.value
                if case .figure(_, let printed?) = value, printed != table.unit(of: column, in: row) { value = .illegible }
                cells[CellPosition(row: r, column: c)] = TableArithmetic.Cell(value: value, location: cell.text.location)
            }
        }

        var builder = IdentityBuilder(table: table, broken: broken, external: external)
        builder.buildRowIdentities()
        builder.buildColumnIdentities()
        builder.buildBandIdentities()
        for problem in builder.problems {
            error(problem.kind, at: problem.location, notes: problem.notes)
        }
        for (position, cell) in builder.externalCells where cells[position] == nil { cells[position] = cell }
        var arithmetic = TableArithmetic(table: name, cells: cells, identities: builder.identities,
                                         exact: table.exact, negative: table.negative ?? negative)
        let rowLabels = table.rows.map(\.label.value), columnLabels = table.columns.map(\.label.value)
        arithmetic.cellName = { position in
            guard rowLabels.indices.contains(position.row), columnLabels.indices.contains(position.column) else { return "a figure" }
            return "row \(position.row + 1) '\(rowLabels[position.row])'" + (columnLabels.count > 1 ? " in column '\(columnLabels[position.column])'" : "")
        }
        var (found, verdict) = arithmetic.evaluate()
        verdict.figures.reserveCapacity(rows: table.rows.count)
        for (position, cell) in cells where position.row >= 0 {
            // An illegible figure is a figure, and one not checked: coverage says so.
            switch cell.value {
            case .figure, .illegible: break
            case .noFigure, .unreadable: continue
            }
            verdict.figures.insert(position)
            if !table.columns[position.column].checked { verdict.figuresOutsideStructure.insert(position) }
        }
        verdict.checkedFigures.formIntersection(verdict.figures)
        return (diagnostics + found, verdict)
    }
}
