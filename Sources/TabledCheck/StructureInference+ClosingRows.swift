import TabledModel

extension StructureInference {
    /// Labels councils give the row that closes a block of figures: a stated total, though
    /// not called one.
    static let closingNames = [
        "net requirement", "budget requirement", "council tax requirement", "net expenditure", "net cost of services",
        "net revenue expenditure", "net operating expenditure", "net budget", "precept", "surplus/(deficit)", "(surplus)/deficit",
        "surplus / (deficit)", "(surplus) / deficit", "surplus/deficit", "net position", "amount to be met from council tax",
        "gross expenditure", "gross revenue expenditure", "gross budget", "budget gap", "funding gap", "remaining gap",
        "shortfall", "net assets", "net liabilities",
        // A statement of accounts' income and expenditure statement.
        "cost of services", "on provision of services", "on the provision of services",
        "other comprehensive income and expenditure",
        // Its cash flow statement.
        "net cash flows from", "net cash flow from", "net increase or decrease in cash", "net increase or (decrease) in cash",
        "net (increase) or decrease in cash", "net increase/(decrease) in cash", "net (increase)/decrease in cash",
        "net increase/decrease in cash",
    ]

    /// A row named as councils name a closing figure ("Net requirement", "Budget requirement",
    /// "Net cost of services", "Precept", "Surplus/(deficit)") closes the block above it, read
    /// the ways councils lay one out (`Reading`). A reading that holds in every figure column
    /// confirms. The label states a total, so the only reading that holds in at least half the
    /// figure columns, or else the reading the table's other closing rows hold by, is the
    /// row's structure, and the columns where it fails are errors. Without such evidence the
    /// row is left unchecked, with a note: nothing says which reading the paper meant.
    mutating func closingRows() {
        let closing = table.rows.indices.filter { r in
            r >= 1 && (roles.isData(r) || closingsSetAside.contains(r)) && hasFigures(r) && labels.namesClosing[r]
        }
        guard !closing.isEmpty else { return }
        var held: [Reading] = []
        var open: [Int] = []
        for r in closing {
            let confirmed = closingReadings(r).first { reading in
                let (holding, failing) = columnsHolding(r, reading.rows)
                return holding >= 1 && failing.isEmpty && adopt(reading, at: r, failing: [])
            }
            if let confirmed { held.append(confirmed) } else { open.append(r) }
        }
        for r in open {
            let scored = closingReadings(r).map { ($0, columnsHolding(r, $0.rows)) }
            // The one reading that holds exactly where it holds, in at least half the columns;
            // else the layout the table's other closing rows follow.
            let halves = scored.filter { $0.1.holding >= 1 && $0.1.holding >= $0.1.failing.count }
            let byColumns = halves.count == 1 ? halves.first : nil
            let byLayout = scored.first { scoredReading in held.contains { $0.kind == scoredReading.0.kind } && !scoredReading.1.failing.isEmpty }
            if let (reading, result) = byColumns ?? byLayout, adopt(reading, at: r, failing: result.failing) {
                held.append(reading)
                continue
            }
            tried.append("the row '\(table.rows[r].label.value)' as the close of the block of figures above it")
        }
    }

    /// One way a closing row is made from the rows above it.
    struct Reading {
        enum Kind { case carriedOn, block, lessBlock, twoTotals }
        var kind: Kind
        var rows: [(sign: Int, row: Int)]
    }

    /// Makes row `r` the formula `reading` states, errors allowed only in the columns it fails.
    private mutating func adopt(_ reading: Reading, at r: Int, failing: [Int]) -> Bool {
        var candidate = table
        var names: [String] = []
        // A formula starts with a name added: the rows taken away come after.
        for (sign, row) in reading.rows.sorted(by: { $0.sign > $1.sign }) {
            let id = table.rows[row].id?.value ?? "r\(row + 1)"
            candidate.rows[row].id = Located(id, at: table.rows[row].location)
            names.append(names.isEmpty ? id : (sign < 0 ? " - " : " + ") + id)
        }
        guard reading.rows.contains(where: { $0.sign > 0 }) else { return false }
        candidate.rows[r].kind = .formula(WrittenFormula(Located(names.joined(), at: table.rows[r].location)))
        let failingCells = Set(failing.map { table.rows[r].cells[$0].text.location })
        return attempt(candidate, targets: cellLocations(row: r).subtracting(failingCells), allowingErrorsAt: failingCells)
    }

    /// The ways a closing row may be made from the rows above it, likeliest first: the total
    /// above carried on by the rows since ("Net expenditure", "Less: use of reserves", "Budget
    /// requirement"); the data rows since the last heading or total ("Less:" rows taken away);
    /// the total above less the rows since, printed positive (a budget requirement less the
    /// funding under it: the gap); the two totals just above, one less the other or their sum
    /// (expenditure less income).
    private func closingReadings(_ r: Int) -> [Reading] {
        let rows = table.rows
        func isTotal(_ i: Int) -> Bool {
            switch rows[i].kind {
            case .total, .formula: return true
            case .data, .standalone: return hasFigures(i) && labels.namesClosing[i]
            default: return false
            }
        }
        var start = r
        while start > 0, rows[start - 1].kind == .data, !isTotal(start - 1) { start -= 1 }
        let block = (start..<r).filter { hasFigures($0) }.map { (sign: rows[$0].subtracted ? -1 : 1, row: $0) }
        var readings: [Reading] = []
        if start > 0, isTotal(start - 1) {
            readings.append(Reading(kind: .carriedOn, rows: [(1, start - 1)] + block))
            if !block.isEmpty {
                readings.append(Reading(kind: .block, rows: block))
                readings.append(Reading(kind: .lessBlock, rows: [(1, start - 1)] + block.map { (-$0.sign, $0.row) }))
            }
        } else if !block.isEmpty {
            // With no total above, the block is where a chain of closing rows starts.
            readings.append(Reading(kind: .carriedOn, rows: block))
        }
        if start == r, r >= 2, isTotal(r - 1), let other = (0..<(r - 1)).last(where: { isTotal($0) }) {
            readings.append(Reading(kind: .twoTotals, rows: [(1, other), (-1, r - 1)]))
            readings.append(Reading(kind: .twoTotals, rows: [(1, r - 1), (-1, other)]))
            readings.append(Reading(kind: .twoTotals, rows: [(1, other), (1, r - 1)]))
        }
        return readings
    }

    /// In how many figure columns row `r` equals its reading (signed rows) within rounding, and
    /// the columns where it does not; columns missing a figure say nothing.
    func columnsHolding(_ r: Int, _ reading: [(sign: Int, row: Int)]) -> (holding: Int, failing: [Int]) {
        var holding = 0
        var failing: [Int] = []
        for c in table.columns.indices where table.columns[c].kind == .values && table.columns[c].checked {
            guard let target = amount(r, c) else { continue }
            var sum = Amount.zero
            var figures = 1
            var scale = target.scale
            for (sign, row) in reading {
                guard let value = amount(row, c) else { continue }
                guard let next = sign < 0 ? sum.subtracting(value) : sum.adding(value) else { return (0, []) }
                sum = next
                figures += 1
                scale = min(scale, value.scale)
            }
            guard figures > 1, let difference = target.subtracting(sum) else { continue }
            let half = Amount.halfUnit(atScale: scale)
            if Amount.compare(difference.magnitude, half.multiplied(by: figures) ?? half) > 0 { failing.append(c) } else { holding += 1 }
        }
        return (holding, failing)
    }

    private func amount(_ r: Int, _ c: Int) -> Amount? {
        grid[r, c]
    }
}
