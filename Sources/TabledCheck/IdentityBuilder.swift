import TabledModel

/// Turns a table's `total:` and `formula:` declarations into identities over its cells.
struct IdentityBuilder {
    struct Problem {
        var message: String
        var location: SourceLocation
        var notes: [Diagnostic.Note] = []
    }

    let table: BudgetTable
    /// Rows with the wrong number of cells: they take part in nothing.
    let broken: Set<Int>
    private(set) var identities: [Identity] = []
    private(set) var problems: [Problem] = []

    init(table: BudgetTable, broken: Set<Int>) {
        self.table = table
        self.broken = broken
    }

    /// Columns whose figures reconcile down the rows.
    private var checkedColumns: [Int] {
        table.columns.indices.filter { !table.columns[$0].isText && table.columns[$0].checked }
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
        for (r, row) in table.rows.enumerated() {
            switch row.kind {
            case .data:
                continue
            case .heading:
                subtotalStart = r + 1
            case .total(let kind):
                let start = kind == .sum ? sumStart : subtotalStart
                let members = (start..<r).filter {
                    if case .data = table.rows[$0].kind { return !broken.contains($0) }
                    return false
                }
                if members.isEmpty {
                    problems.append(Problem(message: CheckMessages.emptyTotal(row.label.value), location: row.location))
                } else if !broken.contains(r) {
                    for c in checkedColumns {
                        identities.append(Identity(
                            kind: .total, target: CellPosition(row: r, column: c),
                            terms: members.map { .init(sign: 1, position: CellPosition(row: $0, column: c), name: rowName($0)) },
                            termsDescription: IdentityBuilder.describeRows(members) + columnSuffix(c),
                            targetDescription: "the total row '\(row.label.value)'"))
                    }
                }
                subtotalStart = r + 1
                if kind == .sum { sumStart = r + 1 }
            case .formula(let formula):
                guard !broken.contains(r), let terms = resolve(formula, names: rowIDs, kind: "row") else { continue }
                for c in checkedColumns {
                    identities.append(Identity(
                        kind: .formula, target: CellPosition(row: r, column: c),
                        terms: terms.map { .init(sign: $0.sign, position: CellPosition(row: $0.index, column: c), name: rowName($0.index)) },
                        termsDescription: "'\(formula.value)'" + columnSuffix(c),
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
                let members = (start..<c).filter { !table.columns[$0].isText && table.columns[$0].checked }
                start = c + 1
                guard !members.isEmpty else {
                    problems.append(Problem(message: CheckMessages.sumColumnFirst(column.label.value), location: column.location))
                    continue
                }
                for (r, row) in table.rows.enumerated() where !row.isHeading && !broken.contains(r) {
                    identities.append(Identity(
                        kind: .total, target: CellPosition(row: r, column: c),
                        terms: members.map { .init(sign: 1, position: CellPosition(row: r, column: $0), name: columnName($0)) },
                        termsDescription: IdentityBuilder.describeColumns(members.map { table.columns[$0].label.value }) + " in \(rowName(r))",
                        targetDescription: "the total column '\(column.label.value)'"))
                }
            case .formula(let formula):
                guard let terms = resolve(formula, names: columnIDs, kind: "column") else { continue }
                for (r, row) in table.rows.enumerated() where !row.isHeading && !broken.contains(r) {
                    identities.append(Identity(
                        kind: .formula, target: CellPosition(row: r, column: c),
                        terms: terms.map { .init(sign: $0.sign, position: CellPosition(row: r, column: $0.index), name: columnName($0.index)) },
                        termsDescription: "'\(formula.value)' in \(rowName(r))",
                        targetDescription: "the column '\(column.label.value)'"))
                }
            }
        }
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
        table.columns.count > 1 ? " in \(columnName(c))" : ""
    }

    /// Signed indices for the names in a formula; nil, with a problem recorded, if any is unknown.
    private mutating func resolve(_ formula: Located<String>, names: [String: Int], kind: String) -> [(sign: Int, index: Int)]? {
        switch Formula.parse(formula.value) {
        case .failure(let error):
            problems.append(Problem(message: CheckMessages.badFormula(formula.value, error), location: formula.location,
                                    notes: [.init(CheckMessages.formulaHelp)]))
            return nil
        case .success(let parsed):
            var result: [(sign: Int, index: Int)] = []
            for term in parsed.terms {
                guard let index = names[term.name] else {
                    var notes: [Diagnostic.Note] = []
                    if let guess = Suggestion.closest(to: term.name, in: Array(names.keys)) {
                        notes.append(.init(CheckMessages.didYouMean(guess)))
                    }
                    problems.append(Problem(message: CheckMessages.unknownName(term.name, in: kind), location: formula.location, notes: notes))
                    return nil
                }
                result.append((term.sign, index))
            }
            return result
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
        if quoted.count == 1 { return "column \(quoted[0])" }
        return "columns " + quoted.dropLast().joined(separator: ", ") + " and \(quoted.last!)"
    }
}
