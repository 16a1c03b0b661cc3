import TabledModel

/// One thing a table claims: a printed figure equals a sum or a formula of other figures.
struct Identity {
    enum Kind {
        /// A `total:` row or column.
        case total
        /// A `formula:` row, column or figure.
        case formula
    }

    struct Term {
        var sign: Int
        var position: CellPosition
        /// How a note names this figure: "row 2 'Social & Community Services (gross)'".
        var name: String
    }

    /// A formula that multiplies, divides or uses a constant, with the cell each name stands for.
    struct Ratio {
        var expression: Formula.Expression
        var operands: [String: CellPosition]
        /// Powers of ten that bring each operand into one unit of money (£6,480k beside £m).
        var powers: [String: Int] = [:]
        var formula: String
    }

    var kind: Kind
    var target: CellPosition
    var terms: [Term]
    /// Set for ratios: checked by interval arithmetic rather than as a sum of `terms`.
    var ratio: Ratio? = nil
    /// "rows 1–3", "the columns '2005/06' to '2006/07'": what the terms are, in a reviewer's words.
    var termsDescription: String
    /// "the total row 'TOTAL (gross)'".
    var targetDescription: String
    /// The target was worked from figures more exact than those printed (a council tax band
    /// from Band D's charge before rounding): within rounding it is right, and nothing is said.
    var workedBeforeRounding = false

    /// Every cell the identity reads besides its target: its terms, or a ratio's operands.
    var positions: [CellPosition] {
        terms.map(\.position) + (ratio.map { Array($0.operands.values) } ?? [])
    }
}
