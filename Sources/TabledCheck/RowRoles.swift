import TabledModel

/// Each row's kind as the guesses ask it of every row, one byte a row, and whether the row is
/// taken away ("Less: …"). Kept apart from the rows, whose labels, cells and places make each
/// several hundred bytes: asked of the rows themselves, a pass over a table of many thousand
/// rows was slower per row than over a short one, once the rows no longer fitted in the
/// processor's cache.
struct RowRoles {
    enum Role: UInt8 {
        case data, heading, total, formula, standalone
    }

    private let roles: [Role]
    private let taken: [Bool]

    init(_ table: BudgetTable) {
        roles = table.rows.map { row in
            switch row.kind {
            case .data: .data
            case .heading: .heading
            case .total: .total
            case .formula: .formula
            case .standalone: .standalone
            }
        }
        taken = table.rows.map(\.subtracted)
    }

    subscript(r: Int) -> Role { roles[r] }

    /// Whether row `r` is a data row: added into totals, not one.
    func isData(_ r: Int) -> Bool { roles[r] == .data }

    /// +1 for a row added, -1 for one taken away.
    func sign(_ r: Int) -> Int { taken[r] ? -1 : 1 }

    /// Whether any row is a total or a formula.
    var hasTotals: Bool { roles.contains { $0 == .total || $0 == .formula } }

    var firstData: Int? { roles.firstIndex(of: .data) }
}
