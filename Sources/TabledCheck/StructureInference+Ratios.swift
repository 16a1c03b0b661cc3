import Foundation
import TabledModel

extension StructureInference {
    /// A column that is one column divided by another in every row with figures, at least
    /// three of them (a Band D charge: precept over tax base; a percentage: variance over
    /// budget, times 100), is a ratio: a total row does not add it up, and its own division
    /// holds in the total row too. Worked over the ranges the printed figures stand for, as a
    /// stated ratio is.
    mutating func ratioColumns() {
        let figures = table.columns.indices.filter { table.columns[$0].kind == .values && table.columns[$0].checked }
        guard figures.count >= 3, figures.count <= Self.widestColumnSearch else { return }
        let rows = table.rows.indices.filter { roles.isData($0) }
        // A column whose total row already adds it up is a column of amounts, whatever its
        // figures divide into: read as a ratio, its correct total would be called wrong.
        let totals = table.rows.indices.filter { !roles.isData($0) }
        func addsUp(_ column: Int) -> Bool {
            totals.contains { r in
                let cell = CellPosition(row: r, column: column)
                return result.verdict.checkedFigures.contains(cell) && result.verdict.flagged[cell] == nil
            }
        }
        // The result is most often the last of the three: try the columns from the right.
        for target in figures.reversed() where !addsUp(target) {
            search: for a in figures where a != target {
                for b in figures where b != target && b != a {
                    for scale in [Amount(significand: 1, scale: 0), Amount(significand: 100, scale: 0)] {
                        guard holdsInEveryRow(target, a, b, scale: scale, rows: rows) else { continue }
                        var candidate = table
                        candidate.columns[a].id = Located("c\(a + 1)", at: table.columns[a].location)
                        candidate.columns[b].id = Located("c\(b + 1)", at: table.columns[b].location)
                        let formula = "c\(a + 1) / c\(b + 1)" + (scale.significand == 100 ? " * 100" : "")
                        candidate.columns[target].kind = .formula(WrittenFormula(Located(formula, at: table.columns[target].location)))
                        // Every data row holds; a total row may not, where its own figures are wrong.
                        let totals = Set(table.rows.filter { $0.kind != .data }.compactMap {
                            $0.cells.indices.contains(target) ? $0.cells[target].text.location : nil
                        })
                        if attempt(candidate, column: target, allowingErrorsAt: totals, quietly: true) { break search }
                    }
                }
            }
        }
    }

    /// Whether `target = a / b × scale` within the printed figures' ranges in each data row
    /// that has all three, and in at least three of them the division pins the target at
    /// least as closely as it is printed, each with figures of its own. Small whole numbers
    /// (1, 2, 3) meet almost any division of each other once each stands for half a unit
    /// either side, and 1 = 2 / 3 even pins: repeated in every row, that is still one chance
    /// match, not a ratio, and trying it on a table of many rows costs a whole check.
    private func holdsInEveryRow(_ target: Int, _ a: Int, _ b: Int, scale: Amount, rows: [Int]) -> Bool {
        // Rows that repeat one another's figures are one piece of evidence, worked once.
        var seen: Set<RowFigures> = []
        var held = 0, pinned = 0
        for r in rows {
            guard let t = grid[r, target], let x = grid[r, a], let y = grid[r, b] else { continue }
            guard !y.isZero, !t.isZero else { return false }
            held += 1
            let figures = RowFigures(target: t, dividend: x, divisor: y)
            guard seen.insert(figures).inserted else { continue }
            let worked = Interval(x, widened: true) * Interval(constant: scale)
            guard case .success(let quotient) = worked.divided(by: Interval(y, widened: true)),
                  quotient.meets(Interval(t, widened: true)) else { return false }
            let printed = Interval(t, widened: true)
            if quotient.upper - quotient.lower <= printed.upper - printed.lower { pinned += 1 }
        }
        return held >= 3 && pinned >= 3
    }

    /// The three figures of one row a division is tried on.
    private struct RowFigures: Hashable {
        var target: Amount
        var dividend: Amount
        var divisor: Amount
    }
}
