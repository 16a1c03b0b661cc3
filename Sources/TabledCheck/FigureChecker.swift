import TabledModel

/// Checks figures that carry a formula ("£2.122m + £5.269m = £7.391m") against the figures
/// and table cells they name, with the same rounding rule as tables.
struct FigureChecker {
    struct UnknownName: Error {
        var name: String
    }

    let report: Report
    let verdicts: [String: TableVerdict]
    let negative: NegativeStyle

    /// A figure's value as printed or, for a blank total, as computed.
    private func value(of name: String) -> Result<Amount?, UnknownName> {
        let parts = name.split(separator: ".").map(String.init)
        if parts.count == 1 {
            guard let figure = report.figures.first(where: { $0.name.value == name }) else { return .failure(UnknownName(name: name)) }
            return .success(figure.value.value.amount)
        }
        guard parts.count <= 3, let table = report.tables.first(where: { $0.id.value == parts[0] }),
              let r = table.rows.firstIndex(where: { $0.id?.value == parts[1] }) else { return .failure(UnknownName(name: name)) }
        let valueColumns = table.columns.indices.filter { !table.columns[$0].isText }
        let c: Int
        if parts.count == 3 {
            guard let index = table.columns.firstIndex(where: { $0.id?.value == parts[2] }) else { return .failure(UnknownName(name: name)) }
            c = index
        } else {
            // `table.row` names the only value column; anything else must say which.
            guard valueColumns.count == 1 else { return .failure(UnknownName(name: name)) }
            c = valueColumns[0]
        }
        let row = table.rows[r]
        guard c < row.cells.count else { return .success(Amount?.none) }
        if let amount = row.cells[c].value.amount { return .success(amount) }
        return .success(verdicts[table.id.value]?.computed[CellPosition(row: r, column: c)])
    }

    func check() -> (diagnostics: [Diagnostic], checked: Int) {
        var diagnostics: [Diagnostic] = []
        var checked = 0
        for figure in report.figures {
            guard let formula = figure.formula else { continue }
            let terms: [Formula.Term]
            switch Formula.parse(formula.value) {
            case .failure(let error):
                diagnostics.append(.error(CheckDiagnostic.shape, CheckMessages.badFormula(formula.value, error), at: formula.location,
                                          notes: [.init(CheckMessages.formulaHelp)]))
                continue
            case .success(let parsed):
                terms = parsed.terms
            }
            var cells: [CellPosition: TableArithmetic.Cell] = [:]
            var identityTerms: [Identity.Term] = []
            var unknown = false
            for (i, term) in terms.enumerated() {
                switch value(of: term.name) {
                case .failure(let failure):
                    let name = failure.name
                    var notes: [Diagnostic.Note] = [.init(CheckMessages.figureNameHelp)]
                    if let guess = Suggestion.closest(to: name, in: report.figures.map(\.name.value)) {
                        notes.insert(.init(CheckMessages.didYouMean(guess)), at: 0)
                    }
                    diagnostics.append(.error(CheckDiagnostic.shape, CheckMessages.unknownFigureName(name), at: formula.location, notes: notes))
                    unknown = true
                case .success(let amount):
                    let position = CellPosition(row: i + 1, column: 0)
                    let printed: PrintedValue = amount.map { PrintedValue.figure($0, printedUnit: nil) } ?? .noFigure
                    cells[position] = .init(value: printed, location: formula.location)
                    identityTerms.append(.init(sign: term.sign, position: position, name: term.name))
                }
            }
            if unknown { continue }
            let target = CellPosition(row: 0, column: 0)
            cells[target] = .init(value: figure.value.value, location: figure.value.location)
            let identity = Identity(kind: .formula, target: target, terms: identityTerms,
                                    termsDescription: "'\(formula.value)'", targetDescription: "figure '\(figure.name.value)'")
            let arithmetic = TableArithmetic(table: figure.name.value, cells: cells, identities: [identity], exact: false, negative: negative)
            let (found, verdict) = arithmetic.evaluate()
            diagnostics += found
            checked += verdict.identitiesChecked
        }
        return (diagnostics, checked)
    }
}
