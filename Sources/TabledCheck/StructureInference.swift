import TabledModel

/// Structure a careful reviewer sees in a published table's figures, though no label states
/// it: an unlabelled subtotal, a last row that is the sum of the rows above, a Net row that
/// closes an Expenditure and Income pair, a Net column that is one column less another, a
/// balance that rolls forward (one year's closing figure is the next year's opening).
///
/// A guess may only confirm. Each is tried on its own and kept only if its identities hold
/// (exactly or within rounding) and it adds no error elsewhere; what failed is remembered so
/// that a table left with nothing to check can say what was tried.
struct StructureInference {
    var table: BudgetTable
    /// The table's figures, which no guess changes, laid out for walking every row.
    let grid: FigureGrid
    /// What each row's label says.
    let labels: RowLabels
    /// Each row's kind as the table now stands, for the guesses that ask it of every row.
    private(set) var roles: RowRoles
    /// Closing rows a total's scope set aside to add the rows around them: each may still close
    /// its own block ("Cost of Services" under "Total Comprehensive Income and Expenditure").
    var closingsSetAside: Set<Int> = []
    /// What was tried and did not hold, in words for a note.
    var tried: [String] = []
    /// Identities confirmed that the table model cannot state, as a balance rolling forward
    /// from one column to the next: they count as checked beside the table's own.
    private(set) var confirmedBesideTable = 0
    /// The figures those identities beside the table checked.
    private(set) var confirmedCells: CellSet = []
    /// Whole checks a table's guesses may cost: each is linear in the table, so a table of
    /// many thousand rows with a guess to try on each stays linear too.
    var checksLeft = StructureInference.mostChecks
    static let mostChecks = 64

    /// The check of `table` as it now stands: kept, so that the table's verdict costs no check of its own.
    private(set) var result: (diagnostics: [Diagnostic], verdict: TableVerdict)
    /// The errors and checked identities of `result`.
    var errors: Int { result.diagnostics.filter { $0.severity == .error }.count }
    var identities: Int { result.verdict.identitiesChecked }

    init(table: BudgetTable) {
        self.table = table
        grid = FigureGrid(table)
        roles = RowRoles(table)
        labels = RowLabels(table)
        result = TableChecker.check(table, negative: .brackets)
    }

    /// Makes `candidate`, checked, the table as it now stands.
    mutating func keep(_ candidate: BudgetTable, checked: (diagnostics: [Diagnostic], verdict: TableVerdict)) {
        table = candidate
        roles = RowRoles(candidate)
        result = checked
    }

    /// Columns wider than this are not searched for a difference: the pairs grow as the square.
    static let widestColumnSearch = 16

    mutating func run() {
        guard table.rows.count >= 2 else { return }
        ratioColumns()
        grandTotalColumns()
        totalColumnFirst()
        movementsInYear()
        totalScopes()
        unlabelledSubtotals()
        closingRows()
        rollForward()
        balanceColumns()
        totalsAbove()
        lastRowTotal()
        netRows()
        balanceAtTheFoot()
        netColumn()
    }

    /// Keeps `candidate` if it adds checked identities, none failing at `targets`, and no error
    /// elsewhere but at `allowingErrorsAt` (rows where structure that holds in most rows fails).
    /// `quietly`: a guess that only confirms must not add warnings either (a ratio within rounding).
    mutating func attempt(_ candidate: BudgetTable, targets: Set<SourceLocation>, allowingErrorsAt allowed: Set<SourceLocation> = [],
                          quietly: Bool = false) -> Bool {
        attempt(candidate, targetsAmong: { targets }, allowingErrorsAt: allowed, quietly: quietly)
    }

    /// `attempt` with every cell of column `c` a target but those at `allowingErrorsAt`. The
    /// column's locations are gathered only if the candidate reports something to look up:
    /// in a long table they are thousands, and a guess that holds reports nothing.
    mutating func attempt(_ candidate: BudgetTable, column c: Int, allowingErrorsAt allowed: Set<SourceLocation> = [],
                          quietly: Bool = false) -> Bool {
        let rows = table.rows
        return attempt(candidate, targetsAmong: {
            Set(rows.compactMap { $0.cells.indices.contains(c) ? $0.cells[c].text.location : nil }).subtracting(allowed)
        }, allowingErrorsAt: allowed, quietly: quietly)
    }

    private mutating func attempt(_ candidate: BudgetTable, targetsAmong targets: () -> Set<SourceLocation>,
                                  allowingErrorsAt allowed: Set<SourceLocation>, quietly: Bool) -> Bool {
        guard checksLeft > 0 else { return false }
        checksLeft -= 1
        let (diagnostics, verdict) = TableChecker.check(candidate, negative: .brackets)
        let candidateErrors = diagnostics.filter { $0.severity == .error }
        let elsewhere = candidateErrors.filter { !allowed.contains($0.location) }.count
        guard elsewhere <= errors && verdict.identitiesChecked > identities else { return false }
        let reported = candidateErrors + (quietly ? diagnostics.filter { $0.severity == .warning } : [])
        if !reported.isEmpty {
            let targets = targets()
            if reported.contains(where: { targets.contains($0.location) }) { return false }
        }
        keep(candidate, checked: (diagnostics, verdict))
        return true
    }

    /// Keeps `candidate` if its errors are fewer than the table's and all among them (or
    /// among `newAllowedAt`), with no fewer identities checked. `whereverTheyFall`: for a
    /// reading whose own figures were found to hold before it was tried, fewer errors is
    /// enough (one wrong figure is reported where the reading's identities meet, which moves).
    mutating func keepIfFewerErrors(_ candidate: BudgetTable, newAllowedAt allowed: Set<SourceLocation> = [],
                                    whereverTheyFall: Bool = false) -> Bool {
        guard checksLeft > 0 else { return false }
        checksLeft -= 1
        let (diagnostics, verdict) = TableChecker.check(candidate, negative: .brackets)
        let before = Set(result.diagnostics.filter { $0.severity == .error }.map(\.location))
        let after = diagnostics.filter { $0.severity == .error }.map(\.location)
        guard after.count < before.count, whereverTheyFall || after.allSatisfy({ before.contains($0) || allowed.contains($0) }),
              verdict.identitiesChecked >= identities else { return false }
        keep(candidate, checked: (diagnostics, verdict))
        return true
    }

    /// Whether an identity found in the figures alone is the table's structure: it holds in
    /// every place it could apply, or in three at least and three quarters of them, and the
    /// others are then errors. Fewer is chance (2 rows of 17).
    static func isStructure(holding: Int, failing: Int) -> Bool {
        holding >= 1 && (failing == 0 || (holding >= 3 && holding >= 3 * failing))
    }

    /// Whether a reading the paper states by name (a column headed Total, balances named so)
    /// runs the way the figures say: in more places than it fails, the others then errors.
    static func isStatedReading(holding: Int, failing: Int) -> Bool {
        holding >= 1 && (failing == 0 || (holding >= 2 && holding > failing))
    }

    /// Whether `target` is the sum of `parts` within the rounding of as many printed figures;
    /// nil where any is missing or all are zero, which says nothing.
    static func sumHolds(_ target: Amount?, of parts: [Amount?]) -> Bool? {
        guard let target, !parts.isEmpty else { return nil }
        var sum = Amount(significand: 0, scale: target.scale)
        var scale = target.scale
        for part in parts {
            guard let part, let added = sum.adding(part) else { return nil }
            sum = added
            scale = min(scale, part.scale)
        }
        guard !(target.isZero && parts.allSatisfy({ $0?.isZero == true })), let difference = target.subtracting(sum) else { return nil }
        let tolerance = Amount.halfUnit(atScale: scale).multiplied(by: parts.count + 1) ?? Amount.halfUnit(atScale: scale)
        return Amount.compare(difference.magnitude, tolerance) <= 0
    }

    func cellLocations(row r: Int) -> Set<SourceLocation> {
        Set(table.rows[r].cells.map(\.text.location) + [table.rows[r].location])
    }

    func hasFigures(_ r: Int) -> Bool {
        grid.hasFigures(r)
    }

    private var hasRowTotals: Bool {
        roles.hasTotals
    }

    /// A row with no label but figures, under rows of figures, often closes a block.
    private mutating func unlabelledSubtotals() {
        for r in table.rows.indices.dropFirst() where roles.isData(r) && hasFigures(r) && labels.isBlank[r] {
            var candidate = table
            candidate.rows[r].kind = .total(.subtotal)
            if !attempt(candidate, targets: cellLocations(row: r)) {
                tried.append("the unlabelled row \(r + 1) as the subtotal of the rows above it")
            }
        }
    }

    /// With no total row at all, the last row may still be the sum of the rows above it,
    /// often named after the table ("Educational & Social Services").
    private mutating func lastRowTotal() {
        let last = table.rows.count - 1
        guard !hasRowTotals, roles.isData(last), hasFigures(last), last >= 2 else { return }
        // A whole check only where, in some figure column, the rows above (all of them, or
        // those since the last heading) come to the last one.
        let heading = (0..<last).last { table.rows[$0].isHeading } ?? -1
        func rows(from start: Int) -> [(sign: Int, row: Int)] {
            (start..<last).filter { roles.isData($0) }.map { (sign: roles.sign($0), row: $0) }
        }
        guard columnsHolding(last, rows(from: 0)).holding > 0 || columnsHolding(last, rows(from: heading + 1)).holding > 0 else {
            tried.append("the last row '\(table.rows[last].label.value)' as the sum of the rows above it")
            return
        }
        for kind in [TableRow.Total.grand, .subtotal] {
            var candidate = table
            candidate.rows[last].kind = .total(kind)
            if attempt(candidate, targets: cellLocations(row: last)) { return }
        }
        tried.append("the last row '\(table.rows[last].label.value)' as the sum of the rows above it")
    }

    /// "Net expenditure" under an expenditure row and an income row is their sum (income
    /// printed negative) or their difference (income printed as a positive figure).
    private mutating func netRows() {
        for r in table.rows.indices where r >= 2 && roles.isData(r) && hasFigures(r) && labels.namesNet[r] {
            guard roles.isData(r - 1), roles.isData(r - 2) else { continue }
            // Ids only for the formula's sake, unique to the rows they name.
            let first = table.rows[r - 2].id?.value ?? "row\(r - 1)"
            let second = table.rows[r - 1].id?.value ?? "row\(r)"
            var held = false
            for formula in ["\(first) + \(second)", "\(first) - \(second)"] {
                var candidate = table
                candidate.rows[r - 2].id = Located(first, at: table.rows[r - 2].location)
                candidate.rows[r - 1].id = Located(second, at: table.rows[r - 1].location)
                candidate.rows[r].kind = .formula(WrittenFormula(Located(formula, at: table.rows[r].location)))
                if attempt(candidate, targets: cellLocations(row: r)) {
                    held = true
                    break
                }
            }
            if !held { tried.append("the row '\(table.rows[r].label.value)' as the net of the two rows above it") }
        }
    }

    /// A figure column equal to one column less another (or their sum) in its rows: Net =
    /// Gross - Income, Variance = Actual - Budget. Tried for the last figure column and any
    /// headed net, variance or difference. Where it holds in every row it confirms; where it
    /// holds in at least three rows and three quarters of those with all three figures, it
    /// is the table's structure and the rows where it fails are errors. Fewer is chance.
    private mutating func netColumn() {
        let figures = table.columns.indices.filter { table.columns[$0].kind == .values && table.columns[$0].checked }
        guard figures.count >= 3, figures.count <= Self.widestColumnSearch else { return }
        // Bands are ninths of Band D, so F = A + B in every row by statute, not as a sum.
        guard !CouncilTaxBands.namesBands(table) else { return }
        var candidateBase = table
        for c in figures { candidateBase.columns[c].id = Located("c\(c + 1)", at: table.columns[c].location) }
        let named = figures.filter { Words.contains(table.columns[$0].label.value, anyOf: ["net", "variance", "variances", "difference"]) }
        var targets = [figures.last!]
        for c in named where c != figures.last! { targets.append(c) }
        for target in targets {
            // The pair that holds in the most rows, among those that hold in every row or in
            // at least three rows and three quarters of them.
            var best: (formula: String, failing: [Int], holding: Int)?
            for a in figures where a != target {
                for b in figures where b != target && b != a {
                    for (sign, formula) in [(-1, "c\(a + 1) - c\(b + 1)"), (1, "c\(a + 1) + c\(b + 1)")] where a < b || sign < 0 {
                        guard let (holding, failing) = rowsHolding(target, a, sign, b), holding >= 1,
                              Self.isStructure(holding: holding, failing: failing.count),
                              holding > (best?.holding ?? 0) else { continue }
                        best = (formula, failing, holding)
                    }
                }
            }
            let label = table.columns[target].label.value
            if let best {
                var candidate = candidateBase
                candidate.columns[target].kind = .formula(WrittenFormula(Located(best.formula, at: table.columns[target].location)))
                let failing = Set(best.failing.map { table.rows[$0].cells[target].text.location })
                if attempt(candidate, column: target, allowingErrorsAt: failing) { return }
            }
            if Words.contains(label, anyOf: ["net", "variance", "variances", "difference"]) {
                tried.append("column '\(label)' as the sum or difference of two other columns")
            }
        }
    }

    /// In how many data rows `target = a ± b` holds within the rounding rule for three
    /// figures, and the rows where it does not; rows missing a figure, or all zero, say nothing.
    private func rowsHolding(_ target: Int, _ a: Int, _ sign: Int, _ b: Int) -> (holding: Int, failing: [Int])? {
        let rows = table.rows.indices.filter { roles.isData($0) }
        var holding = 0
        var failing: [Int] = []
        for r in rows {
            guard let held = Self.sumHolds(grid[r, target], of: [grid[r, a], sign < 0 ? grid[r, b]?.negated : grid[r, b]]) else { continue }
            if held { holding += 1 } else { failing.append(r) }
            // Most pairs fail in their first rows: past a quarter of all rows, three quarters
            // cannot hold; and a column that is what it seems holds in most of its first rows.
            if failing.count * 4 > rows.count || (holding + failing.count >= 8 && holding < 3 * failing.count) { return nil }
        }
        return (holding, failing)
    }

    /// Reserves by year: when each year's closing figure (the last row) is the next year's
    /// opening one (the first row), in every pair of neighbouring columns, the table is a
    /// balance in each year. The same with years as rows: the last column rolls into the
    /// first. The carry-forward itself is confirmed; the balance within each year is then
    /// tried too, and kept only if it holds.
    private mutating func rollForward() {
        let stated = table.rows.last?.kind == .total(.balance)
        guard !hasRowTotals || stated else { return }
        let figureColumns = table.columns.indices.filter { table.columns[$0].kind == .values && table.columns[$0].checked }
        let figureRows = table.rows.indices.filter { roles.isData($0) && hasFigures($0) }
        func amount(_ r: Int, _ c: Int) -> Amount? { grid[r, c] }
        // Years across: rows are opening, movements, closing.
        let closingRow = stated ? table.rows.count - 1 : figureRows.last
        if figureColumns.count >= 2, figureRows.count >= 3, let first = figureRows.first, let last = closingRow,
           let pairs = Self.carried(figureColumns.indices.dropLast().map { i in
               (amount(last, figureColumns[i]), amount(first, figureColumns[i + 1]))
           }, named: [table.rows[first].label.value, table.rows[last].label.value]) {
            confirmedBesideTable += pairs
            for i in figureColumns.indices.dropLast() where amount(last, figureColumns[i]) != nil && amount(first, figureColumns[i + 1]) != nil {
                confirmedCells.formUnion([CellPosition(row: last, column: figureColumns[i]), CellPosition(row: first, column: figureColumns[i + 1])])
            }
            if stated { return }
            var candidate = table
            candidate.rows[last].kind = .total(.balance)
            if !attempt(candidate, targets: cellLocations(row: last)) {
                tried.append("the last row '\(table.rows[last].label.value)' as the closing balance of the first and the movements")
            }
            return
        }
        // Years down: columns are opening, movements, closing.
        if !stated, figureColumns.count >= 3, figureRows.count >= 2, let first = figureColumns.first, let last = figureColumns.last,
           let pairs = Self.carried(figureRows.indices.dropLast().map { i in
               (amount(figureRows[i], last), amount(figureRows[i + 1], first))
           }, named: [table.columns[first].label.value, table.columns[last].label.value]) {
            confirmedBesideTable += pairs
            for i in figureRows.indices.dropLast() where amount(figureRows[i], last) != nil && amount(figureRows[i + 1], first) != nil {
                confirmedCells.formUnion([CellPosition(row: figureRows[i], column: last), CellPosition(row: figureRows[i + 1], column: first)])
            }
            var candidate = table
            candidate.columns[last].kind = .sum
            if !attempt(candidate, column: last) {
                tried.append("column '\(table.columns[last].label.value)' as the closing balance of the columns before it")
            }
        }
    }

    /// How many (closing, next opening) pairs carry forward, if every pair with both figures
    /// does and at least one does with a figure other than zero. One pair alone may be
    /// chance, so it counts only when the opening or closing is named as a balance.
    private static func carried(_ pairs: [(closing: Amount?, opening: Amount?)], named labels: [String]) -> Int? {
        let both = pairs.compactMap { pair in pair.closing.flatMap { c in pair.opening.map { (c, $0) } } }
        guard !both.isEmpty, both.allSatisfy({ Amount.compare($0.0, $0.1) == 0 }), both.contains(where: { !$0.0.isZero }) else { return nil }
        // Every figure the same (a constant row) carries nothing forward.
        guard both.count == 1 || Set(both.map { $0.0.normalised }).count > 1 else { return nil }
        if both.count == 1 {
            let named = labels.contains {
                Words.contains($0, anyOf: ["balance", "balances", "reserve", "reserves", "opening", "closing", "b/f", "c/f",
                                           "brought forward", "carried forward", "1 april", "31 march"])
            }
            guard named else { return nil }
        }
        return both.count
    }
}
