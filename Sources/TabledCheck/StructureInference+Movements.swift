import TabledModel

extension StructureInference {
    /// A later total column that adds the total before it and the columns since, as a
    /// Movement in Reserves Statement's "Total reserves" adds "Total usable reserves" and
    /// "Unusable reserves": read so where that holds in every row with all its figures (or in
    /// three rows and three quarters of them) and the columns since alone do not.
    mutating func grandTotalColumns() {
        guard errors > 0 else { return }
        var previous: Int?
        for c in table.columns.indices {
            guard case .sum = table.columns[c].kind else { continue }
            defer { previous = c }
            guard let p = previous, checksLeft > 0 else { continue }
            let unit = table.unit(of: table.columns[c])
            let since = (p + 1..<c).filter { table.columns[$0].kind == .values && table.columns[$0].checked }
            guard !since.isEmpty, ([p] + since).allSatisfy({ table.unit(of: table.columns[$0]) == unit }) else { continue }
            let rows = table.rows.indices.filter { roles[$0] != .heading && hasFigures($0) }
            let grand = rows.map { r in Self.sumHolds(grid[r, c], of: ([p] + since).map { grid[r, $0] }) }
            let alone = rows.map { r in Self.sumHolds(grid[r, c], of: since.map { grid[r, $0] }) }
            let holding = grand.filter { $0 == true }.count, failing = grand.filter { $0 == false }.count
            guard Self.isStructure(holding: holding, failing: failing), alone.contains(false) else { continue }
            var candidate = table
            for i in [p] + since + [c] { candidate.columns[i].id = Located("c\(i + 1)", at: table.columns[i].location) }
            let formula = ([p] + since).map { "c\($0 + 1)" }.joined(separator: " + ")
            candidate.columns[c].kind = .formula(WrittenFormula(Located(formula, at: table.columns[c].location)))
            if !keepIfFewerErrors(candidate, whereverTheyFall: true) {
                tried.append("column '\(table.columns[c].label.value)' as the total before it and the columns since")
            }
        }
    }

    /// A column headed Total printed before the columns it adds ("Total | Q1 | Q2 | Q3 | Q4"):
    /// with no figures to its left it adds nothing there, so it is read as the sum of the
    /// figure columns after it, up to the next Total, where that holds in more data rows than
    /// it fails in (the others then errors, as for any column headed Total).
    mutating func totalColumnFirst() {
        guard checksLeft > 0 else { return }
        let figures = table.columns.indices.filter { !table.columns[$0].isText && table.columns[$0].checked }
        guard let first = figures.first, table.columns[first].kind == .values,
              TotalLabels.kind(table.columns[first].label.value) != nil else { return }
        let after = figures.dropFirst().prefix { table.columns[$0].kind == .values && TotalLabels.kind(table.columns[$0].label.value) == nil }
        let unit = table.unit(of: table.columns[first])
        guard after.count >= 2, after.allSatisfy({ table.unit(of: table.columns[$0]) == unit }) else { return }
        let data = table.rows.indices.filter { roles.isData($0) && hasFigures($0) }
        let held = data.map { r in Self.sumHolds(grid[r, first], of: after.map { grid[r, $0] }) }
        let holding = held.filter { $0 == true }.count, failing = held.filter { $0 == false }.count
        // Headed Total, it states a sum; the rows say only which way it runs: most of them.
        guard Self.isStatedReading(holding: holding, failing: failing) else { return }
        var candidate = table
        for c in [first] + after { candidate.columns[c].id = Located("c\(c + 1)", at: table.columns[c].location) }
        let formula = after.map { "c\($0 + 1)" }.joined(separator: " + ")
        candidate.columns[first].kind = .formula(WrittenFormula(Located(formula, at: table.columns[first].location)))
        let failed = table.rows.indices.filter { r in Self.sumHolds(grid[r, first], of: after.map { grid[r, $0] }) == false }
        let allowed = Set(failed.map { table.rows[$0].cells[first].text.location })
        if !attempt(candidate, column: first, allowingErrorsAt: allowed) {
            tried.append("column '\(table.columns[first].label.value)' as the sum of the columns after it")
        }
    }

    /// A balance's movements as councils print them: a "Total …" row straight under the
    /// opening balance is a movement brought in from another statement ("Total comprehensive
    /// income and expenditure", which a total of the opening balance alone would never be, and
    /// which the reader may have set aside as a total it cannot place); a row that sums the
    /// movements above it ("(Increase)/decrease in year", "Net movement") is their sum, not one
    /// more movement, so the closing balance adds each once; and a balance named between the
    /// first and the last ("Balance at 31 March 2025" in a statement of two years) closes the
    /// year above it and opens the next.
    mutating func movementsInYear() {
        guard errors > 0, checksLeft > 0, let closing = table.rows.indices.last, table.rows[closing].kind == .total(.balance),
              let opening = table.rows.indices.first(where: { roles.isData($0) && hasFigures($0) }) else { return }
        var candidate = table
        var changed = false
        let columns = table.columns.indices.filter { table.columns[$0].checked && !table.columns[$0].isText }
        let between = (opening + 1..<closing).filter { hasFigures($0) && roles[$0] != .formula && BalanceLabels.isClosing(table.rows[$0].label.value) }
        for r in between {
            candidate.rows[r].kind = .total(.balance)
            changed = true
        }
        for (first, last) in zip([opening] + between, between + [closing]) {
            var movements: [Int] = []
            for r in first + 1..<last where hasFigures(r) {
                switch table.rows[r].kind {
                case .data:
                    movements.append(r)
                case .total(.subtotal), .total(.sum), .standalone:
                    guard movements.isEmpty else { continue }
                    candidate.rows[r].kind = .data
                    movements.append(r)
                    changed = true
                default:
                    continue
                }
            }
            // The year's row, read from the last: the sum of the movements above it (two at least)
            // in every column with the figures, or in three and three quarters of them (a wrong
            // figure among them is then reported where it fails). In fewer than three columns a
            // sum may be chance (interest of 80 after 50 in and 30 out), so the row must say
            // what it is.
            let inYear = movements.indices.dropFirst(2).reversed().first { m in
                let sums = columns.map { c in Self.sumHolds(grid[movements[m], c], of: movements[..<m].map { grid[$0, c] }) }
                let holding = sums.filter { $0 == true }.count, failing = sums.filter { $0 == false }.count
                guard holding >= 3 || Words.contains(table.rows[movements[m]].label.value, anyOf: Self.inYearNames) else { return false }
                return Self.isStructure(holding: holding, failing: failing)
            }
            guard let m = inYear else { continue }
            let row = movements[m]
            for i in movements[...m] { candidate.rows[i].id = Located("r\(i + 1)", at: table.rows[i].location) }
            let formula = movements[..<m].map { "r\($0 + 1)" }.joined(separator: " + ")
            candidate.rows[row].kind = .formula(WrittenFormula(Located(formula, at: table.rows[row].location)))
            changed = true
        }
        if changed && !keepIfFewerErrors(candidate, whereverTheyFall: true) {
            tried.append("the rows between the opening and closing balances as the year's movements")
        }
    }

    /// A balance at the foot of a table that is not one: the last row, named as a closing
    /// balance, is the opening one named above it and what moved it, either the rows between
    /// them or the figure just above the opening ("Net (increase) or decrease in cash" over
    /// "Cash at the beginning of the reporting period" and "… at the end", as a cash flow
    /// statement closes). Only confirmed, never an error.
    mutating func balanceAtTheFoot() {
        guard checksLeft > 0, let last = table.rows.indices.last, last >= 2, roles.isData(last), hasFigures(last),
              BalanceLabels.isClosing(table.rows[last].label.value),
              let opening = (1..<last).last(where: { roles.isData($0) && hasFigures($0) && BalanceLabels.isOpening(table.rows[$0].label.value) })
        else { return }
        let between = (opening + 1..<last).filter { hasFigures($0) }
        let moved = between.isEmpty ? [opening - 1].filter { hasFigures($0) && roles[$0] != .heading } : between
        guard !moved.isEmpty, moved.allSatisfy({ roles.isData($0) || roles[$0] == .total || roles[$0] == .formula }) else { return }
        var candidate = table
        for i in [opening] + moved { candidate.rows[i].id = Located("r\(i + 1)", at: table.rows[i].location) }
        let formula = ([opening] + moved).map { "r\($0 + 1)" }.joined(separator: " + ")
        candidate.rows[last].kind = .formula(WrittenFormula(Located(formula, at: table.rows[last].location)))
        if !attempt(candidate, targets: cellLocations(row: last)) {
            tried.append("the last row '\(table.rows[last].label.value)' as the balance named above it and what moved it")
        }
    }

    /// Balances across the columns: a column named as a balance ("Balance at 31 March 2025")
    /// is the balance column before it and the movements between them, in each row, as a note
    /// of earmarked reserves sets out two years. Movements printed positive but named as going
    /// out ("Transfers out", "Used in year") are taken away where adding them does not hold.
    /// Named so, the columns state the reading, as a column headed Total does: it is read so
    /// where it holds in more data rows than it fails in, and the rows where it fails are errors.
    mutating func balanceColumns() {
        guard checksLeft > 0 else { return }
        let figures = table.columns.indices.filter { table.columns[$0].kind == .values && table.columns[$0].checked }
        let balances = figures.filter { BalanceLabels.namesBalance(heading: table.columns[$0].label.value) }
        guard balances.count >= 2 else { return }
        // The evidence is the data rows'; a total row that fails where its own rows do is an
        // error of theirs, not one against the reading.
        let rows = table.rows.indices.filter { roles[$0] != .heading && hasFigures($0) }
        var candidate = table
        var failing: Set<SourceLocation> = []
        var formulas: [Int] = []
        for (before, balance) in zip(balances, balances.dropFirst()) {
            let between = figures.filter { $0 > before && $0 < balance }
            guard !between.isEmpty else { continue }
            let outgoing = between.filter { Words.contains(table.columns[$0].label.value, anyOf: Self.outgoingNames) }
            var read: (signs: [Int], failing: [Int])?
            for signs in [between.map { _ in 1 }, between.map { outgoing.contains($0) ? -1 : 1 }] where read == nil {
                let held = rows.map { r -> Bool? in
                    let parts = [grid[r, before]] + zip(between, signs).map { c, sign in sign < 0 ? grid[r, c]?.negated : grid[r, c] }
                    return Self.sumHolds(grid[r, balance], of: parts)
                }
                let data = rows.indices.filter { roles.isData(rows[$0]) }
                let holding = data.filter { held[$0] == true }.count, failing = data.filter { held[$0] == false }.count
                let failed = rows.indices.filter { held[$0] == false }.map { rows[$0] }
                // Named balances state the reading; the rows say only that it is this one: most of them.
                if Self.isStatedReading(holding: holding, failing: failing) { read = (signs, failed) }
                if outgoing.isEmpty { break }
            }
            guard let (signs, failed) = read else { continue }
            for c in [before] + between + [balance] { candidate.columns[c].id = Located("c\(c + 1)", at: table.columns[c].location) }
            let formula = "c\(before + 1)" + zip(between, signs).map { c, sign in (sign < 0 ? " - " : " + ") + "c\(c + 1)" }.joined()
            candidate.columns[balance].kind = .formula(WrittenFormula(Located(formula, at: table.columns[balance].location)))
            failing.formUnion(failed.compactMap { table.rows[$0].cells.indices.contains(balance) ? table.rows[$0].cells[balance].text.location : nil })
            formulas.append(balance)
        }
        guard let last = formulas.last else { return }
        // Every balance column read so is a target; an error may fall only where a row failed.
        var targets: Set<SourceLocation> = []
        for c in formulas {
            for row in table.rows where row.cells.indices.contains(c) { targets.insert(row.cells[c].text.location) }
        }
        if !attempt(candidate, targets: targets.subtracting(failing), allowingErrorsAt: failing) {
            tried.append("column '\(table.columns[last].label.value)' as the balance before it and the movements since")
        }
    }

    /// Movement columns that take away from a balance when printed positive.
    static let outgoingNames = ["out", "used", "applied", "drawn", "drawdown", "drawdowns", "utilised", "utilized", "spent", "released",
                                "withdrawn", "withdrawals", "payments", "transfers from", "use of"]

    /// What a row summing a year's movements is called: "(Increase)/decrease in year", "Net
    /// movement", "Total movement in reserves", "Net change in year".
    static let inYearNames = ["increase", "decrease", "movement", "movements", "net change", "in year", "in-year", "for the year"]
}
