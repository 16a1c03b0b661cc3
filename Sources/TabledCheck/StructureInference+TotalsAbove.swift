import TabledModel

extension StructureInference {
    /// A total printed above the rows it adds: a council tax base's "District" line over its
    /// parishes, "Total precepts" over the precepting bodies. Read so where the rows after it,
    /// up to the next heading or total, come to its figures.
    ///
    /// A row labelled total with nothing above it to add is a stated total: where its rows
    /// come to it in at least as many figure columns as not, the others are errors. The first
    /// row of a table with no total at all is only a guess, kept where it confirms.
    mutating func totalsAbove() {
        let stated = roles.hasTotals
        let firstData = roles.firstData
        for r in table.rows.indices where hasFigures(r) {
            let labelled = roles[r] == .standalone && Words.contains(table.rows[r].label.value, anyOf: ["total", "totals"])
            let firstOfTable = !stated && r == firstData
            guard labelled || firstOfTable else { continue }
            let below = (r + 1..<table.rows.count).prefix { roles.isData($0) }.filter(hasFigures)
            guard below.count >= 2 else { continue }
            let reading = below.map { (sign: roles.sign($0), row: $0) }
            let (holding, failing) = columnsHolding(r, reading)
            // Zeros come to zero: a column of them confirms nothing.
            guard holding > 0, (0..<grid.columns).contains(where: { grid[r, $0].map { !$0.isZero } ?? false }) else {
                tried.append("the row '\(table.rows[r].label.value)' as the total of the rows under it")
                continue
            }
            var candidate = table
            candidate.rows[r].kind = .total(.below)
            let failingCells = Set(failing.compactMap { c in table.rows[r].cells.indices.contains(c) ? table.rows[r].cells[c].text.location : nil })
            let allowed = labelled && failing.count <= holding ? failingCells : []
            let targets = cellLocations(row: r).subtracting(allowed)
            if !attempt(candidate, targets: targets, allowingErrorsAt: allowed) {
                tried.append("the row '\(table.rows[r].label.value)' as the total of the rows under it")
            }
        }
    }
}
