import TabledModel

extension StructureInference {
    /// A stated total whose label does not say how far up it reaches may add the totals above
    /// it and the rows no total took, as a grand total does ("Total Capital Programme
    /// Expenditure" under "Total Strategy Programmes Expenditure"), or only the rows since the
    /// heading above it ("Total funding" under "Funded by:", below the spending it pays for);
    /// and a closing figure above it is not one of its parts ("Net budget requirement" over
    /// the funding that meets it). Each is read so where that leaves fewer errors and none new.
    mutating func totalScopes() {
        guard errors > 0 else { return }
        for r in table.rows.indices {
            guard case .total(let kind) = table.rows[r].kind, kind == .sum || kind == .subtotal else { continue }
            var candidates: [BudgetTable] = []
            for scope in kind == .sum ? [TableRow.Total.grand, .subtotal] : [.grand] {
                var candidate = table
                candidate.rows[r].kind = .total(scope)
                candidates.append(candidate)
            }
            let closing = (0..<r).filter { i in
                table.rows[i].kind == .data && hasFigures(i) && Words.contains(table.rows[i].label.value, anyOf: Self.closingNames)
            }
            if !closing.isEmpty {
                var candidate = table
                for i in closing { candidate.rows[i].kind = .standalone }
                candidates.append(candidate)
            }
            // Each candidate is built from the table as it stood: once one is kept, the rest are stale.
            for candidate in candidates where errors > 0 {
                if keepIfFewerErrors(candidate) { break }
            }
        }
    }

    /// Keeps `candidate` if its errors are fewer than the table's and all among them, with no
    /// fewer identities checked.
    private mutating func keepIfFewerErrors(_ candidate: BudgetTable) -> Bool {
        guard checksLeft > 0 else { return false }
        checksLeft -= 1
        let (diagnostics, verdict) = TableChecker.check(candidate, negative: .brackets)
        let before = Set(result.diagnostics.filter { $0.severity == .error }.map(\.location))
        let after = diagnostics.filter { $0.severity == .error }.map(\.location)
        guard after.count < before.count, after.allSatisfy(before.contains), verdict.identitiesChecked >= identities else { return false }
        keep(candidate, checked: (diagnostics, verdict))
        return true
    }
}
