import TabledModel

/// Checks figures that carry a formula ("£2.122m + £5.269m = £7.391m") against the figures
/// and table cells they name, with the same rounding rule as tables.
struct FigureChecker {
    let report: Report
    let verdicts: [String: TableVerdict]
    let negative: NegativeStyle

    func check() -> (diagnostics: [Diagnostic], checked: Int) {
        var diagnostics: [Diagnostic] = []
        var checked = 0
        for figure in report.figures {
            guard let formula = figure.formula else { continue }
            let terms: [Formula.Term]
            var ratio: Identity.Ratio?
            switch formula.parsed {
            case .failure(let error):
                diagnostics.append(Diagnostic(.badFormula(formula.value, error), at: formula.location, notes: [.init(.formulaHelp)]))
                continue
            case .success(let parsed):
                terms = parsed.terms
                if !parsed.isLinear { ratio = Identity.Ratio(expression: parsed.expression, operands: [:], formula: formula.value) }
            }
            var cells: [CellPosition: TableArithmetic.Cell] = [:]
            var identityTerms: [Identity.Term] = []
            var unknown = false
            let values = ExternalValues(report: report, verdicts: verdicts)
            for (i, term) in terms.enumerated() {
                switch values.value(of: term.name, columnID: nil) {
                case nil:
                    let name = term.name
                    let notes = Diagnostic.Note.didYouMean(name, in: report.figures.map(\.name.value)) + [.init(.figureNameHelp)]
                    diagnostics.append(Diagnostic(.unknownFigureName(name), at: formula.location, notes: notes))
                    unknown = true
                case let found? where ratio != nil:
                    // A ratio is worked in one unit of money; a percentage or count takes part as it is.
                    let position = CellPosition(row: i + 1, column: 0)
                    cells[position] = .init(value: found.value, location: found.location)
                    identityTerms.append(.init(sign: term.sign, position: position, name: term.name))
                    ratio?.operands[term.name] = position
                    if let from = found.unit.poundsExponent { ratio?.powers[term.name] = from - (figure.unit.poundsExponent ?? 0) }
                case let found?:
                    // A unit is part of a figure: £6,480k adds to £m as £6.480m, and never to a percentage.
                    guard let value = found.value.converted(from: found.unit, to: figure.unit) else {
                        diagnostics.append(Diagnostic(.formulaAcrossUnits(name: term.name, unit: found.unit, target: "figure '\(figure.name.value)'",
                                                                          targetUnit: figure.unit), at: formula.location))
                        unknown = true
                        continue
                    }
                    let position = CellPosition(row: i + 1, column: 0)
                    cells[position] = .init(value: value, location: found.location)
                    identityTerms.append(.init(sign: term.sign, position: position, name: term.name))
                }
            }
            if unknown { continue }
            let target = CellPosition(row: 0, column: 0)
            cells[target] = .init(value: figure.value.value, location: figure.value.location)
            let identity = Identity(kind: .formula, target: target, terms: identityTerms, ratio: ratio,
                                    termsDescription: "'\(formula.value)'", targetDescription: "figure '\(figure.name.value)'")
            var map = CellMap<TableArithmetic.Cell>(sizedFor: cells.keys)
            for (position, cell) in cells { map[position] = cell }
            let arithmetic = TableArithmetic(table: figure.name.value, cells: map, identities: [identity], exact: false, negative: negative)
            let (found, verdict) = arithmetic.evaluate()
            diagnostics += found
            checked += verdict.identitiesChecked
        }
        return (diagnostics, checked)
    }
}
