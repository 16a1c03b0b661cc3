import TabledModel

extension StructureInference {
    /// A stated total whose label does not say how far up it reaches may add the totals above
    /// it and the rows no total took, as a grand total does ("Total Capital Programme
    /// Expenditure" under "Total Strategy Programmes Expenditure"), or only the rows since the
    /// heading above it ("Total funding" under "Funded by:", below the spending it pays for);
    /// and a closing figure above it is not one of its parts ("Net budget requirement" over
    /// the funding that meets it), or it closes the rows above it and this total adds the rows
    /// since. Each is read so where that leaves fewer errors and none new but at the closing
    /// row, whose name states a total.
    mutating func totalScopes() {
        guard errors > 0 else { return }
        for r in table.rows.indices {
            // Each total below costs a walk of the rows above it: none once no check is left.
            guard checksLeft > 0 else { return }
            guard roles[r] == .total, case .total(let kind) = table.rows[r].kind, kind == .sum || kind == .subtotal else { continue }
            // Each reading, with the cells where it may find an error the table had not.
            var candidates: [(table: BudgetTable, newErrorsAt: Set<SourceLocation>, setAside: [Int])] = []
            for scope in kind == .sum ? [TableRow.Total.grand, .subtotal] : [.grand] {
                var candidate = table
                candidate.rows[r].kind = .total(scope)
                candidates.append((candidate, [], []))
            }
            let closing = (0..<r).filter { i in
                roles.isData(i) && hasFigures(i) && labels.namesClosing[i]
            }
            if !closing.isEmpty {
                var candidate = table
                for i in closing { candidate.rows[i].kind = .standalone }
                candidates.append((candidate, [], closing))
            }
            let closed = (0..<r).last { i in
                labels.namesClosing[i] && hasFigures(i)
                    && (roles[i] == .formula || roles.isData(i))
            }
            if let last = closed {
                // Or the closing figure above totals the rows above it, and this total the rows
                // since ("Total funding" under "Net budget requirement", both over "Budget gap"):
                // named so, the closing row states its total, and an error there may be new.
                var candidate = table
                candidate.rows[last].kind = .total(.sum)
                candidates.append((candidate, cellLocations(row: last), []))
                // Or what comes to the closing figure is read no way Tabled knows (a balance
                // sheet's "Net assets"): this total adds the rows since it, and those above stand
                // unchecked beside it. Only where there are rows since: a total straight under a
                // closing figure ("Total Comprehensive Income and Expenditure") would add none.
                if (last + 1..<r).contains(where: { roles.isData($0) && hasFigures($0) }) {
                    var since = table
                    for i in 0...last where roles.isData(i) || i == last { since.rows[i].kind = .standalone }
                    candidates.append((since, [], []))
                }
            }
            // Each candidate is built from the table as it stood: once one is kept, the rest are stale.
            for candidate in candidates where errors > 0 {
                if keepIfFewerErrors(candidate.table, newAllowedAt: candidate.newErrorsAt) {
                    closingsSetAside.formUnion(candidate.setAside)
                    break
                }
            }
        }
    }
}
