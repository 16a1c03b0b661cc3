import TabledModel

/// Checks a table's identities over its printed figures with the rounding rule.
///
/// The rule: each printed figure is good to half a unit of its last printed place, so an
/// identity of n figures may be off by n × half a unit of the coarsest precision among
/// them. Beyond that is an error; inside it but not zero, a warning. Blank targets are
/// computed (at the coarsest precision of their inputs) and feed later identities.
struct TableArithmetic {
    struct Cell {
        var value: PrintedValue
        var location: SourceLocation
    }

    var table: String
    var cells: CellMap<Cell>
    var identities: [Identity]
    var exact: Bool
    var negative: NegativeStyle
    /// How a diagnostic names one cell: "row 2 'B' in column '2007/08'".
    var cellName: @Sendable (CellPosition) -> String = { "the figure in row \($0.row + 1)" }

    private enum Known {
        case figure(Amount)
        case illegible
        case blank
    }

    func evaluate() -> (diagnostics: [Diagnostic], verdict: TableVerdict) {
        var diagnostics: [Diagnostic] = []
        var verdict = TableVerdict(table: table)
        var known = CellMap<Known>(rows: cells.rows, columns: cells.columns)
        var feeders: [CellPosition: Set<CellPosition>] = [:]
        // Every identity checked, with the index of its error if it failed.
        var checked: [(identity: Identity, error: Int?)] = []
        verdict.checkedFigures.reserveCapacity(rows: cells.rows)
        checked.reserveCapacity(identities.count)
        for (position, cell) in cells {
            switch cell.value {
            case .figure(let amount, _): known[position] = .figure(amount)
            case .illegible, .unreadable: known[position] = .illegible
            case .noFigure: known[position] = .blank
            }
        }
        // Blank targets wait until something computes them.
        var pending = Set(identities.map(\.target).filter { if case .blank? = known[$0] { return true } else { return false } })
        var remaining = identities
        var progress = true
        while !remaining.isEmpty && progress {
            progress = false
            var next: [Identity] = []
            for identity in remaining {
                if identity.terms.contains(where: { pending.contains($0.position) }) {
                    next.append(identity)
                    continue
                }
                progress = true
                switch evaluate(identity, known: known) {
                case .notChecked:
                    verdict.identitiesNotChecked += 1
                    pending.remove(identity.target)
                case .computed(let amount):
                    known[identity.target] = .figure(amount)
                    verdict.computed[identity.target] = amount
                    pending.remove(identity.target)
                    // A blank worked out from figures checks them when it is itself checked.
                    feeders[identity.target] = identity.positions.reduce(into: Set()) { fed, position in
                        if let more = feeders[position] { fed.formUnion(more) } else { fed.insert(position) }
                    }
                case .checked(let diagnostic):
                    verdict.identitiesChecked += 1
                    // Most tables compute no blank, and then each cell is itself: no set made per cell.
                    func mark(_ position: CellPosition) {
                        if let fed = feeders[position] { verdict.checkedFigures.formUnion(fed) } else { verdict.checkedFigures.insert(position) }
                    }
                    mark(identity.target)
                    for term in identity.terms { mark(term.position) }
                    if let ratio = identity.ratio { for position in ratio.operands.values { mark(position) } }
                    checked.append((identity, diagnostic.flatMap { $0.severity == .error ? diagnostics.count : nil }))
                    if let diagnostic {
                        diagnostics.append(diagnostic)
                        // A cell two identities fail on shows the worse finding.
                        if verdict.flagged[identity.target].map({ $0.severity < diagnostic.severity }) ?? true {
                            verdict.flagged[identity.target] = diagnostic
                        }
                    }
                }
            }
            remaining = next
        }
        explainRatios(&checked, diagnostics: &diagnostics, verdict: &verdict)
        blameOneFigure(checked, known: known, diagnostics: &diagnostics, verdict: &verdict)
        if let stuck = remaining.first, let cell = cells[stuck.target] {
            diagnostics.append(Diagnostic(.cycle(stuck.targetDescription), at: cell.location,
                                          table: table))
        }
        return (diagnostics, verdict)
    }

    private enum Outcome {
        case notChecked
        case computed(Amount)
        case checked(Diagnostic?)
    }

    private func evaluate(_ identity: Identity, known: CellMap<Known>) -> Outcome {
        if let ratio = identity.ratio { return evaluate(identity, ratio: ratio, known: known) }
        var sum = Amount.zero
        var figures = 0
        var coarsest: Int?
        // The terms added, for the notes of a diagnostic; formatted only if there is one.
        var added: [(term: Identity.Term, amount: Amount)] = []
        for term in identity.terms {
            switch known[term.position] ?? .blank {
            case .illegible:
                return .notChecked
            case .blank:
                // A formula with a missing operand cannot be checked; a total just skips it.
                if identity.kind == .formula { return .notChecked }
            case .figure(let amount):
                guard let next = term.sign < 0 ? sum.subtracting(amount) : sum.adding(amount) else {
                    return .checked(overflow(identity))
                }
                sum = next
                figures += 1
                coarsest = min(coarsest ?? amount.scale, amount.scale)
                added.append((term, amount))
            }
        }
        switch known[identity.target] ?? .blank {
        case .illegible:
            return .notChecked
        case .blank:
            guard figures > 0, let coarsest else { return .notChecked }
            return .computed(sum.rounded(toScale: coarsest))
        case .figure(let actual):
            guard figures > 0 || !identity.terms.isEmpty else { return .notChecked }
            let scale = min(coarsest ?? actual.scale, actual.scale)
            let count = figures + 1
            let half = Amount.halfUnit(atScale: scale)
            let tolerance = exact ? Amount.zero : (half.multiplied(by: count) ?? half)
            guard let difference = actual.subtracting(sum) else { return .checked(overflow(identity)) }
            if difference.isZero { return .checked(nil) }
            // A result printed to fewer places than its figures, as their correctly rounded sum, is exact.
            if !exact, sum.scale > actual.scale, Amount.compare(sum.rounded(toScale: actual.scale), actual) == 0 { return .checked(nil) }
            var notes = added.map { Diagnostic.Note(.term($0.term.name, $0.amount.printed(negative)),
                                                    at: cells[$0.term.position]?.location) }
            let withinRounding = Amount.compare(difference.magnitude, tolerance) <= 0
            let location = cells[identity.target]?.location ?? SourceLocation.start(of: "")
            // Figures read in a coarser unit than they were printed in ("£350,000" as £0.350000m)
            // add up to places nobody printed: shown to the target's places, zeros dropped.
            let expectedPrinted = sum.droppingTrailingZeros(toScale: actual.scale).printed(negative)
            let actualPrinted = actual.printed(negative)
            let differencePrinted = difference.droppingTrailingZeros(toScale: actual.scale).printed(negative)
            let kind: DiagnosticKind
            if withinRounding {
                kind = .roundingDifference(
                    terms: identity.termsDescription, expected: expectedPrinted, target: identity.targetDescription,
                    actual: actualPrinted, difference: differencePrinted, tolerance: tolerance.normalised.printed(negative))
                notes.append(.init(.roundingHelp(count: count, half: half.printed(negative))))
            } else if identity.kind == .total {
                kind = .totalMismatch(terms: identity.termsDescription, expected: expectedPrinted, target: identity.targetDescription,
                                      actual: actualPrinted, difference: differencePrinted)
                notes.append(.init(exact ? .exactHelp : .mismatchHelp))
            } else {
                kind = .formulaMismatch(terms: identity.termsDescription, expected: expectedPrinted, target: identity.targetDescription,
                                        actual: actualPrinted, difference: differencePrinted)
                notes.append(.init(exact ? .exactHelp : .mismatchHelp))
            }
            return .checked(Diagnostic(
                kind, at: location, notes: notes, table: table,
                arithmetic: .init(expected: expectedPrinted, actual: actualPrinted, difference: differencePrinted)))
        }
    }

    /// Where one printed figure explains several failing sums (a wrong figure fails its row's
    /// total and its column's), one error names that figure and the value that makes them all
    /// hold; the failures become its notes. Only a figure in no identity that holds, and the
    /// only figure that explains that set of failures, is blamed.
    private func blameOneFigure(_ checked: [(identity: Identity, error: Int?)], known: CellMap<Known>,
                                diagnostics: inout [Diagnostic], verdict: inout TableVerdict) {
        let failing = checked.filter { $0.error != nil && $0.identity.ratio == nil }
        guard failing.count >= 2 else { return }
        func figure(_ position: CellPosition) -> Amount? {
            if case .figure(let amount)? = known[position], cells[position] != nil, position.row >= 0 { return amount }
            return nil
        }
        var holding: Set<CellPosition> = []
        for (identity, error) in checked where error == nil {
            holding.formUnion(identity.positions + [identity.target])
        }
        // What each printed figure would have to be for each failing sum it is in to hold.
        var wanted: [CellPosition: [(failure: Int, value: Amount)]] = [:]
        for (f, failure) in failing.enumerated() {
            let identity = failure.identity
            guard let target = figure(identity.target) else { continue }
            var sum = Amount.zero
            var complete = true
            for term in identity.terms {
                if case .blank? = known[term.position] { continue }
                guard case .figure(let amount)? = known[term.position], let next = term.sign < 0 ? sum.subtracting(amount) : sum.adding(amount)
                else { complete = false; break }
                sum = next
            }
            guard complete, let residual = target.subtracting(sum) else { continue }
            wanted[identity.target, default: []].append((f, sum))
            for term in identity.terms {
                guard let amount = figure(term.position),
                      let value = term.sign < 0 ? amount.subtracting(residual) : amount.adding(residual) else { continue }
                wanted[term.position, default: []].append((f, value))
            }
        }
        var candidates: [(position: CellPosition, value: Amount, failures: [Int])] = []
        for (position, wants) in wanted where wants.count >= 2 && !holding.contains(position) {
            guard wants.allSatisfy({ Amount.compare($0.value, wants[0].value) == 0 }) else { continue }
            candidates.append((position, wants[0].value, wants.map(\.failure).sorted()))
        }
        candidates.sort { ($0.failures.count, $1.position) > ($1.failures.count, $0.position) }
        var blamed: Set<Int> = []
        var merged: [(first: Int, members: [Int], diagnostic: Diagnostic, position: CellPosition)] = []
        for candidate in candidates where candidate.failures.allSatisfy({ !blamed.contains($0) }) {
            // Two figures that would each explain the same failures: nothing says which is wrong.
            guard candidates.filter({ $0.failures == candidate.failures }).count == 1,
                  let actual = figure(candidate.position), let cell = cells[candidate.position],
                  let difference = actual.subtracting(candidate.value) else { continue }
            blamed.formUnion(candidate.failures)
            let members = candidate.failures.compactMap { failing[$0].error }
            let shown = candidate.value.droppingTrailingZeros(toScale: actual.scale)
            let kind = DiagnosticKind.figureMismatch(
                figure: cellName(candidate.position), actual: actual.printed(negative), expected: shown.printed(negative),
                identities: members.count, difference: difference.printed(negative),
                total: candidate.failures.contains { failing[$0].identity.kind == .total })
            let notes = members.map { Diagnostic.Note(.explainedFailure(diagnostics[$0].message), at: diagnostics[$0].location) }
                + [.init(.figureMismatchHelp)]
            let diagnostic = Diagnostic(kind, at: cell.location, notes: notes, table: table,
                                        arithmetic: .init(expected: shown.printed(negative), actual: actual.printed(negative),
                                                          difference: difference.printed(negative)))
            merged.append((members.min()!, members, diagnostic, candidate.position))
        }
        guard !merged.isEmpty else { return }
        var replaced: [Int: Diagnostic] = [:]
        var dropped: Set<Int> = []
        for merge in merged {
            replaced[merge.first] = merge.diagnostic
            dropped.formUnion(merge.members.filter { $0 != merge.first })
            for member in merge.members {
                let target = failing.first { $0.error == member }!.identity.target
                if verdict.flagged[target] == diagnostics[member] { verdict.flagged[target] = nil }
            }
            verdict.flagged[merge.position] = merge.diagnostic
        }
        diagnostics = diagnostics.indices.compactMap { i in dropped.contains(i) ? nil : (replaced[i] ?? diagnostics[i]) }
    }

    /// A ratio that fails only because a figure it divides is itself wrong (a Band D charge
    /// worked from a total precept that does not add up) is no second error: it becomes a
    /// note of the error on that figure.
    private func explainRatios(_ checked: inout [(identity: Identity, error: Int?)], diagnostics: inout [Diagnostic], verdict: inout TableVerdict) {
        var wrong: [CellPosition: Int] = [:]
        for (identity, error) in checked where identity.ratio == nil {
            if let error, diagnostics[error].severity == .error, wrong[identity.target] == nil { wrong[identity.target] = error }
        }
        guard !wrong.isEmpty else { return }
        var dropped: Set<Int> = []
        for (identity, error) in checked {
            guard let error, let ratio = identity.ratio, diagnostics[error].severity == .error,
                  let cause = ratio.operands.values.compactMap({ wrong[$0] }).first else { continue }
            diagnostics[cause].notes.insert(.init(.explainedFailure(diagnostics[error].message), at: diagnostics[error].location),
                                            at: max(0, diagnostics[cause].notes.count - 1))
            if verdict.flagged[identity.target] == diagnostics[error] { verdict.flagged[identity.target] = nil }
            dropped.insert(error)
        }
        guard !dropped.isEmpty else { return }
        // The errors left keep their places in `checked`, counted afresh.
        var renumbered: [Int: Int] = [:]
        for index in diagnostics.indices where !dropped.contains(index) { renumbered[index] = renumbered.count }
        diagnostics = diagnostics.indices.filter { !dropped.contains($0) }.map { diagnostics[$0] }
        checked = checked.map { ($0.identity, $0.error.flatMap { renumbered[$0] }) }
    }

    private func overflow(_ identity: Identity) -> Diagnostic {
        Diagnostic(.overflow, at: cells[identity.target]?.location ?? .start(of: ""), table: table)
    }

    /// A ratio or product, over the ranges its printed figures stand for (see `Interval`).
    private func evaluate(_ identity: Identity, ratio: Identity.Ratio, known: CellMap<Known>) -> Outcome {
        var values: [String: Interval] = [:]
        var notes: [Diagnostic.Note] = []
        for term in identity.terms {
            guard case .figure(let amount)? = known[term.position] else { return .notChecked }
            notes.append(.init(.term(term.name, amount.printed(negative)), at: cells[term.position]?.location))
        }
        for (name, position) in ratio.operands {
            guard case .figure(let amount)? = known[position] else { return .notChecked }
            values[name] = Interval(amount, widened: !exact, scaledBy: ratio.powers[name] ?? 0)
        }
        // A ratio printed blank or n/a is not claimed, and is not computed either.
        guard case .figure(let actual)? = known[identity.target] else { return .notChecked }
        let location = cells[identity.target]?.location ?? SourceLocation.start(of: "")
        let result: Interval
        switch RatioEvaluation(values: values).evaluate(ratio.expression) {
        case .failure(.byZero(let divisor)):
            return .checked(Diagnostic(.divisionByZero(formula: ratio.formula, target: identity.targetDescription, divisor: divisor),
                                       at: location, notes: notes + [.init(.divisionByZeroHelp)], table: table))
        case .failure(.unbounded), .failure(.tooLarge):
            return .notChecked
        case .success(let value):
            result = value
        }
        let printed = Interval(actual, widened: !exact)
        if result.exact == printed.exact { return .checked(nil) }
        // A result printed as the correctly rounded value of what its figures give is exact.
        if !exact, let rounded = Interval.amount(result.exact, scale: actual.scale), Amount.compare(rounded, actual) == 0 { return .checked(nil) }
        // A band is worked to the penny; other ratios are shown two places beyond the printed figure.
        let scale = identity.workedBeforeRounding ? actual.scale : min(actual.scale + 2, Amount.maximumScale)
        guard let worked = Interval.amount(result.exact, scale: scale), let off = Interval.amount(printed.exact - result.exact, scale: scale)
        else { return .checked(overflow(identity)) }
        // Two places beyond the printed figure's, less the zeros that say nothing: 3,403.3, not 3,403.3000.
        let expected = worked.droppingTrailingZeros(toScale: actual.scale)
        let difference = off.droppingTrailingZeros(toScale: actual.scale)
        let expectedPrinted = expected.printed(negative)
        let actualPrinted = actual.printed(negative)
        let differencePrinted = difference.printed(negative)
        let kind: DiagnosticKind
        if result.meets(printed) {
            if identity.workedBeforeRounding { return .checked(nil) }
            kind = .ratioRounding(terms: identity.termsDescription, expected: expectedPrinted, target: identity.targetDescription,
                                  actual: actualPrinted, difference: differencePrinted)
            notes.append(.init(.intervalHelp))
        } else {
            kind = .formulaMismatch(terms: identity.termsDescription, expected: expectedPrinted, target: identity.targetDescription,
                                    actual: actualPrinted, difference: differencePrinted)
            notes.append(.init(identity.workedBeforeRounding ? .councilTaxBandHelp : exact ? .exactHelp : .mismatchHelp))
        }
        return .checked(Diagnostic(kind, at: location, notes: notes, table: table,
                                   arithmetic: .init(expected: expectedPrinted, actual: actualPrinted, difference: differencePrinted)))
    }
}
