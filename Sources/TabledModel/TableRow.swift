/// A row of a table: figures, a heading, a total or a formula.
public struct TableRow: Sendable {
    /// Which rows a `total:` row adds up.
    public enum Total: String, Sendable {
        /// The data rows since the previous heading, subtotal or total.
        case subtotal
        /// The data rows above, back to the previous `total: sum` row.
        case sum
        /// A closing balance: the opening balance (the first data row) and every movement after it.
        case balance
        /// `total: below`: printed above the rows it adds, the data rows after it up to the next
        /// heading, total or formula ("No parish" above its precepting parishes).
        case below
        /// A grand total of a published paper: the totals and subtotals above it and the data
        /// rows outside them, back to the previous grand total. Not written in Tabled YAML.
        case grand
    }

    public enum Kind: Sendable, Equatable {
        case data
        case heading
        case total(Total)
        /// `formula: opening + savings + pressures`, over row ids.
        case formula(WrittenFormula)
        /// A row that is neither added into a total nor checked as one: in a published
        /// paper, a total that Tabled cannot place.
        case standalone
    }

    public var id: Located<String>?
    public var label: Located<String>
    public var kind: Kind
    /// One cell per column; empty for headings.
    public var cells: [TableCell]
    public var location: SourceLocation
    /// A note's marker printed after the label: "Highways *".
    public var marker: Located<String>?
    /// `unit: "%"` on a row: its figures are in this unit, not their columns' (a % row or a count
    /// row in a £m table); totals in another unit leave the row out.
    public var unit: Located<AmountUnit>?
    /// Subtracted where the rows above it are added: a "Less: income" row printed positive, by
    /// its label or by `less: true`.
    public var subtracted = false

    public init(id: Located<String>?, label: Located<String>, kind: Kind, cells: [TableCell], location: SourceLocation) {
        self.id = id
        self.label = label
        self.kind = kind
        self.cells = cells
        self.location = location
    }

    /// Whether a label says its row is taken away: "Less: income", "LESS Fees and charges".
    public static func saysLess(_ label: String) -> Bool {
        let words = label.trimmedOfWhitespace.lowercased()
        return words.hasPrefix("less:") || words.hasPrefix("less ") || words.hasPrefix("less -") || words.hasPrefix("less –")
    }

    public var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }
}
