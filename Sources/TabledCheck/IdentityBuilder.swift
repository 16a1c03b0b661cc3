import TabledModel

/// Turns a table's `total:` and `formula:` declarations into identities over its cells.
struct IdentityBuilder {
    struct Problem {
        var kind: DiagnosticKind
        var location: SourceLocation
        var notes: [Diagnostic.Note] = []
    }

    /// What a formula name stands for: a row or column of this table, or a value from elsewhere.
    enum Operand {
        case local(Int)
        case external(String)
    }

    let table: BudgetTable
    /// Rows with the wrong number of cells: they take part in nothing.
    let broken: Set<Int>
    /// Figures and other tables' cells, for row formulas that name them.
    let external: ExternalValues?
    private(set) var identities: [Identity] = []
    private(set) var problems: [Problem] = []
    /// Values from outside the table, at positions of their own (negative rows).
    private(set) var externalCells: [CellPosition: TableArithmetic.Cell] = [:]

    init(table: BudgetTable, broken: Set<Int>, external: ExternalValues? = nil) {
        self.table = table
        self.broken = broken
        self.external = external
    }

    /// Columns whose figures reconcile down the rows: a ratio column (`actual / budget * 100`)
    /// is never added up; its own formula holds in its total row.
    private var checkedColumns: [Int] {
        table.columns.indices.filter { !table.columns[$0].isText && table.columns[$0].checked && !isRatio(table.columns[$0].kind) }
    }

    private func isRatio(_ kind: TableColumn.Kind) -> Bool {
        if case .formula(let formula) = kind, case .success(let parsed) = formula.parsed { return !parsed.isLinear }
        return false
    }

    private func isRatio(_ kind: TableRow.Kind) -> Bool {
        if case .formula(let formula) = kind, case .success(let parsed) = formula.parsed { return !parsed.isLinear }
        return false
    }

    /// Powers of ten bringing an operand in `unit` into the unit a ratio is worked in: the
    /// target's if it is money, else pounds (a ratio of money has no unit).
    private func power(from unit: AmountUnit, target: AmountUnit) -> Int {
        guard let from = unit.poundsExponent else { return 0 }
        return from - (target.poundsExponent ?? 0)
    }

    private func rowName(_ r: Int) -> String {
        "row \(r + 1) '\(table.rows[r].label.value)'"
    }

    private func columnName(_ c: Int) -> String {
        "column '\(table.columns[c].label.value)'"
    }

    mutating func buildRowIdentities() {
        var sumStart = 0
        var subtotalStart = 0
        var grandStart = 0
        // Data rows some total above has added, and the totals that added rows: a grand total
        // adds the totals and the rows no total took.
        var covered: Set<Int> = []
        var totals: Set<Int> = []
        for (r, row) in table.rows.enumerated() {
            switch row.kind {
            case .data, .standalone:
                continue
            case .heading:
                subtotalStart = r + 1
            case .total(let kind):
                let start = switch kind {
                case .sum: sumStart
                case .balance: 0
                case .subtotal: subtotalStart
                case .grand: grandStart
                case .below: r + 1
                }
                // A total above its rows adds the data rows after it, up to the next row of another kind.
                let end = kind == .below ? (table.rows[(r + 1)...].firstIndex { $0.kind != .data } ?? table.rows.count) : r
                let range = start..<max(start, end)
                let members = range.filter {
                    guard !broken.contains($0) else { return false }
                    if kind == .grand && totals.contains($0) { return true }
                    if case .data = table.rows[$0].kind { return kind != .grand || !covered.contains($0) }
                    return false
                }
                if !members.isEmpty {
                    totals.insert(r)
                    covered.formUnion(members)
                }
                // A total over a row whose values are misaligned would be one false alarm per column.
                let spansBroken = range.contains { broken.contains($0) }
                if members.isEmpty && !spansBroken {
                    problems.append(Problem(kind: .emptyTotal(row.label.value), location: row.location))
                } else if !broken.contains(r) && !spansBroken {
                    for c in checkedColumns {
                        // A % or count row in a money table is not added to its money, nor money to it.
                        let unit = table.unit(of: table.columns[c], in: row)
                        let added = members.filter { table.unit(of: table.columns[c], in: table.rows[$0]) == unit }
                        guard !added.isEmpty else { continue }
                        let less = added.filter { table.rows[$0].subtracted }
                        identities.append(Identity(
                            kind: .total, target: CellPosition(row: r, column: c),
                            terms: added.map { .init(sign: table.rows[$0].subtracted ? -1 : 1, position: CellPosition(row: $0, column: c), name: rowName($0)) },
                            termsDescription: (kind == .balance
                                ? "the opening balance (row \(added[0] + 1)) and the movements after it ("
                                    + IdentityBuilder.describeRows(Array(added.dropFirst())) + ")"
                                : IdentityBuilder.describeRows(added))
                                + (less.isEmpty ? "" : " (less \(IdentityBuilder.describeRows(less)))")
                                + (added.count < members.count ? " (leaving out \(IdentityBuilder.describeRows(members.filter { !added.contains($0) })), in another unit)" : "")
                                + columnSuffix(c),
                            targetDescription: kind == .balance ? "the closing row '\(row.label.value)'" : "the total row '\(row.label.value)'"))
                    }
                }
                guard kind != .below else { continue }
                subtotalStart = r + 1
                if kind != .subtotal { sumStart = r + 1 }
                if kind == .grand { grandStart = r + 1 }
            case .formula(let formula):
                guard !broken.contains(r), let operands = resolve(formula, names: rowIDs, kind: "row", allowExternal: true) else { continue }
                for c in checkedColumns {
                    var terms: [Identity.Term] = []
                    var ratio = ratioFormula(formula)
                    for operand in operands {
                        switch operand.operand {
                        case .local(let index):
                            let position = CellPosition(row: index, column: c)
                            terms.append(.init(sign: operand.sign, position: position, name: rowName(index)))
                            ratio?.operands[operand.name] = position
                        case .external(let name):
                            guard let position = externalCell(name, column: c, formula: formula) else { continue }
                            terms.append(.init(sign: operand.sign, position: position, name: "'\(name)'"))
                            ratio?.operands[operand.name] = position
                        }
                    }
                    guard terms.count == operands.count else { break }
                    identities.append(Identity(
                        kind: .formula, target: CellPosition(row: r, column: c), terms: terms, ratio: ratio,
                        termsDescription: describe(formula, operands: operands) + columnSuffix(c),
                        targetDescription: "the row '\(row.label.value)'"))
                }
            }
        }
    }

    mutating func buildColumnIdentities() {
        var start = 0
        for (c, column) in table.columns.enumerated() {
            switch column.kind {
            case .values, .text:
                continue
            case .sum:
                let members = (start..<c).filter { !table.columns[$0].isText && table.columns[$0].checked && !isRatio(table.columns[$0].kind) }
                start = c + 1
                guard !members.isEmpty else {
                    problems.append(Problem(kind: .sumColumnFirst(column.label.value), location: column.location))
                    continue
                }
                // Pounds and scores do not add up: a total column adds columns in its own unit only.
                let unit = table.unit(of: column)
                if let stranger = members.first(where: { table.unit(of: table.columns[$0]) != unit }) {
                    problems.append(Problem(
                        kind: .sumAcrossUnits(total: column.label.value, unit: unit, other: table.columns[stranger].label.value,
                                           otherUnit: table.unit(of: table.columns[stranger])),
                        location: column.location, notes: [.init(.sumAcrossUnitsHelp)]))
                    continue
                }
                for (r, row) in table.rows.enumerated() where !row.isHeading && !broken.contains(r) && !isRatio(row.kind) && row.unit?.value != .percent {
                    identities.append(Identity(
                        kind: .total, target: CellPosition(row: r, column: c),
                        terms: members.map { .init(sign: 1, position: CellPosition(row: r, column: $0), name: columnName($0)) },
                        termsDescription: IdentityBuilder.describeColumns(members.map { table.columns[$0].label.value }) + " in \(rowName(r))",
                        targetDescription: "the total column '\(column.label.value)'"))
                }
            case .formula(let formula):
                guard let operands = resolve(formula, names: columnIDs, kind: "column", allowExternal: false) else { continue }
                let terms = operands.compactMap { operand -> (sign: Int, index: Int, name: String)? in
                    if case .local(let index) = operand.operand { return (operand.sign, index, operand.name) }
                    return nil
                }
                let template = ratioFormula(formula)
                let shown = template == nil ? describeColumns(formula, terms: terms.map { ($0.sign, $0.index) }) : "'\(formula.value)'"
                for (r, row) in table.rows.enumerated() where !row.isHeading && !broken.contains(r) && !isRatio(row.kind) && row.unit?.value != .percent {
                    var ratio = template
                    for term in terms {
                        ratio?.operands[term.name] = CellPosition(row: r, column: term.index)
                        ratio?.powers[term.name] = power(from: table.unit(of: table.columns[term.index]), target: table.unit(of: column))
                    }
                    identities.append(Identity(
                        kind: .formula, target: CellPosition(row: r, column: c),
                        terms: terms.map { .init(sign: $0.sign, position: CellPosition(row: r, column: $0.index), name: columnName($0.index)) },
                        ratio: ratio,
                        termsDescription: "\(shown) in \(rowName(r))",
                        targetDescription: "the column '\(column.label.value)'"))
                }
            }
        }
    }

    /// Council tax bands, as columns or rows, each checked against Band D's ninths; a band
    /// the table works out itself (a formula or total) keeps its own identity instead.
    mutating func buildBandIdentities() {
        func amount(_ r: Int, _ c: Int) -> Amount? {
            table.rows[r].cells.indices.contains(c) ? table.rows[r].cells[c].value.amount : nil
        }
        if let bands = CouncilTaxBands(columns: table) {
            let d = bands.bandD
            let rows = table.rows.indices.filter { table.rows[$0].kind == .data && !broken.contains($0) }
            guard CouncilTaxBands.areCharges(bands.others.flatMap { band in
                rows.compactMap { r in amount(r, band.index).flatMap { x in amount(r, d).map { (x, $0, band.ninths) } } }
            }) else { return }
            for (band, c, ninths) in bands.others where table.columns[c].kind == .values {
                for (r, row) in table.rows.enumerated() where row.kind == .data && !broken.contains(r) {
                    let operand = CellPosition(row: r, column: d)
                    identities.append(bandIdentity(band, ninths, target: CellPosition(row: r, column: c), operand: operand,
                                                   power: power(from: table.unit(of: table.columns[d]), target: table.unit(of: table.columns[c])),
                                                   place: " in \(rowName(r))", operandName: columnName(d)))
                }
            }
        } else if let bands = CouncilTaxBands(rows: table) {
            let d = bands.bandD
            guard !broken.contains(d) else { return }
            guard CouncilTaxBands.areCharges(bands.others.flatMap { band in
                checkedColumns.compactMap { c in amount(band.index, c).flatMap { x in amount(d, c).map { (x, $0, band.ninths) } } }
            }) else { return }
            for (band, r, ninths) in bands.others where !broken.contains(r) {
                for c in checkedColumns {
                    identities.append(bandIdentity(band, ninths, target: CellPosition(row: r, column: c), operand: CellPosition(row: d, column: c),
                                                   power: 0, place: columnSuffix(c), operandName: rowName(d)))
                }
            }
        }
    }

    private func bandIdentity(_ band: Character, _ ninths: Int, target: CellPosition, operand: CellPosition, power: Int, place: String,
                              operandName: String) -> Identity {
        let formula = "Band D × \(ninths)/9"
        var identity = Identity(
            kind: .formula, target: target, terms: [.init(sign: 1, position: operand, name: operandName)],
            ratio: Identity.Ratio(expression: CouncilTaxBands.expression(ninths: ninths), operands: ["d": operand], powers: ["d": power],
                                  formula: formula),
            termsDescription: "'\(formula)'\(place)", targetDescription: "Band \(band)")
        identity.workedBeforeRounding = true
        return identity
    }

    /// A column formula in a reviewer's words: as written, or, where the checker inferred it
    /// over ids of its own ("c1 + c2 + c3"), by the columns it names.
    private func describeColumns(_ formula: WrittenFormula, terms: [(sign: Int, column: Int)]) -> String {
        guard !terms.isEmpty, terms.allSatisfy({ term in
            table.columns[term.column].id.map { $0.location == table.columns[term.column].location } ?? false
        }) else { return "'\(formula.value)'" }
        return Self.plusAndLess(terms.map { ($0.sign, columnName($0.column)) })
    }

    /// A row formula in a reviewer's words: as written, or, where the checker inferred it over
    /// ids of its own (a published table has none), by the rows it names.
    private func describe(_ formula: WrittenFormula, operands: [(sign: Int, operand: Operand, name: String)]) -> String {
        var rows: [(sign: Int, row: Int)] = []
        for operand in operands {
            // An id the checker gave stands where its row does; an author's stands where it is written.
            guard case .local(let r) = operand.operand, let id = table.rows[r].id, id.location == table.rows[r].location
            else { return "'\(formula.value)'" }
            rows.append((operand.sign, r))
        }
        return Self.plusAndLess(rows.map { ($0.sign, rowName($0.row)) })
    }

    /// Terms in words: "row 2 'Fees' plus row 3 'Grants' less row 4 'Refunds'".
    private static func plusAndLess(_ terms: [(sign: Int, name: String)]) -> String {
        terms.enumerated().map { i, term in
            (i == 0 ? (term.sign < 0 ? "less " : "") : (term.sign < 0 ? " less " : " plus ")) + term.name
        }.joined()
    }

    private var rowIDs: [String: Int] {
        var ids: [String: Int] = [:]
        for (r, row) in table.rows.enumerated() { if let id = row.id?.value, ids[id] == nil { ids[id] = r } }
        return ids
    }

    private var columnIDs: [String: Int] {
        var ids: [String: Int] = [:]
        for (c, column) in table.columns.enumerated() { if let id = column.id?.value, ids[id] == nil { ids[id] = c } }
        return ids
    }

    private func columnSuffix(_ c: Int) -> String {
        checkedColumns.count > 1 ? " in \(columnName(c))" : ""
    }

    /// The operands of a formula; nil, with a problem recorded, if any name is unknown.
    private mutating func resolve(_ formula: WrittenFormula, names: [String: Int], kind: String, allowExternal: Bool)
        -> [(sign: Int, operand: Operand, name: String)]? {
        switch formula.parsed {
        case .failure(let error):
            problems.append(Problem(kind: .badFormula(formula.value, error), location: formula.location, notes: [.init(.formulaHelp)]))
            return nil
        case .success(let parsed):
            var result: [(sign: Int, operand: Operand, name: String)] = []
            for term in parsed.terms {
                if let index = names[term.name] {
                    result.append((term.sign, .local(index), term.name))
                } else if allowExternal, let external, external.isExternal(term.name) {
                    result.append((term.sign, .external(term.name), term.name))
                } else {
                    problems.append(Problem(kind: .unknownName(term.name, kind: kind), location: formula.location,
                                            notes: Diagnostic.Note.didYouMean(term.name, in: Array(names.keys))))
                    return nil
                }
            }
            return result
        }
    }

    /// The ratio a formula is, without its operands yet; nil for a sum.
    private func ratioFormula(_ formula: WrittenFormula) -> Identity.Ratio? {
        guard case .success(let parsed) = formula.parsed, !parsed.isLinear else { return nil }
        return Identity.Ratio(expression: parsed.expression, operands: [:], formula: formula.value)
    }

    /// A position holding a value from outside the table, for column c; nil, with a problem, if it is not there.
    private mutating func externalCell(_ name: String, column c: Int, formula: WrittenFormula) -> CellPosition? {
        guard let external else { return nil }
        switch external.value(of: name, columnID: table.columns[c].id?.value) {
        case nil:
            problems.append(Problem(kind: .unknownFigureName(name), location: formula.location, notes: [.init(.figureNameHelp)]))
            return nil
        case let found?:
            // Another table's row in another unit of money is converted; money never meets a percentage.
            let unit = table.unit(of: table.columns[c])
            guard let value = found.value.converted(from: found.unit, to: unit) else {
                problems.append(Problem(kind: .formulaAcrossUnits(name: name, unit: found.unit, target: "the row in \(columnName(c))",
                                                                  targetUnit: unit), location: formula.location))
                return nil
            }
            let position = CellPosition(row: -1 - externalCells.count, column: c)
            externalCells[position] = .init(value: value, location: found.location)
            return position
        }
    }

    /// "rows 1–3", "rows 1, 2 and 5", "row 4".
    static func describeRows(_ rows: [Int]) -> String {
        let numbers = rows.map { $0 + 1 }
        guard let first = numbers.first, let last = numbers.last else { return "no rows" }
        if numbers.count == 1 { return "row \(first)" }
        if last - first + 1 == numbers.count { return "rows \(first)–\(last)" }
        return "rows " + numbers.dropLast().map(String.init).joined(separator: ", ") + " and \(last)"
    }

    static func describeColumns(_ labels: [String]) -> String {
        let quoted = labels.map { "'\($0)'" }
        guard let last = quoted.last else { return "no columns" }
        if quoted.count == 1 { return "column \(last)" }
        return "columns " + quoted.dropLast().joined(separator: ", ") + " and \(last)"
    }
}
