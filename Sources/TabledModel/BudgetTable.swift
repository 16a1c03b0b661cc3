import Foundation

/// A table of figures whose totals and formulas Tabled checks before publishing.
public struct BudgetTable: Sendable {
    public var id: Located<String>
    /// The table's accessible name, printed as its caption.
    public var caption: Located<String>
    public var unit: Located<AmountUnit>
    /// How negatives print; nil for the house style's choice.
    public var negative: NegativeStyle?
    /// The header of the label column; nil prints none.
    public var label: Located<String>?
    public var columns: [TableColumn]
    public var rows: [TableRow]
    /// `tolerance: 0`: identities must hold exactly, with no allowance for rounding.
    public var exact: Bool
    /// A footnote printed under the table.
    public var note: Located<String>?
    /// Notes printed under the table, each with its marker if it has one (`*`, `†`, `a`).
    public var notes: [TableNote] = []
    /// `caption_number: false`: the caption is printed as written, without "Table 3:".
    public var numbered = true
    public var location: SourceLocation

    public init(
        id: Located<String>, caption: Located<String>, unit: Located<AmountUnit>, negative: NegativeStyle?,
        label: Located<String>?, columns: [TableColumn], rows: [TableRow], exact: Bool, note: Located<String>? = nil, location: SourceLocation
    ) {
        self.id = id
        self.caption = caption
        self.unit = unit
        self.negative = negative
        self.label = label
        self.columns = columns
        self.rows = rows
        self.exact = exact
        self.note = note
        self.location = location
    }

    /// The council's own number when the caption starts with one ("Table 3a: ...", "Figure 2 ...").
    public var ownNumber: String? {
        let words = caption.value.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, ["table", "figure"].contains(words[0].lowercased()),
              words[1].first?.isNumber == true || (words[1].count <= 3 && words[1].first?.isLetter == true) else { return nil }
        // Foundation's trim of ":.," on its scalars, without building a CharacterSet each time.
        var number = words[1].unicodeScalars
        while let first = number.first, first == ":" || first == "." || first == "," { number.removeFirst() }
        while let last = number.last, last == ":" || last == "." || last == "," { number.removeLast() }
        return words[0] + " " + String(number)
    }

    /// Whether the caption is printed as written: the council numbers its own tables.
    public var keepsOwnCaption: Bool { !numbered || ownNumber != nil }

    /// The unit amounts in a column are printed in.
    public func unit(of column: TableColumn) -> AmountUnit {
        column.unit?.value ?? unit.value
    }

    /// The unit of one cell: its row's own, else its column's.
    public func unit(of column: TableColumn, in row: TableRow) -> AmountUnit {
        row.unit?.value ?? unit(of: column)
    }
}
