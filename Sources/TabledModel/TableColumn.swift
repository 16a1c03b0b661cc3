/// A value column of a table (the label column is implicit).
public struct TableColumn: Sendable {
    /// What a column holds and how it is checked.
    public enum Kind: Sendable, Equatable {
        /// Printed amounts.
        case values
        /// `total: sum`: the value columns to its left, back to the previous total column.
        case sum
        /// `formula: gross - income`, over column ids.
        case formula(WrittenFormula)
        /// `text: true`: words, never read as amounts.
        case text
    }

    public var id: Located<String>?
    public var label: Located<String>
    public var kind: Kind
    /// A unit for this column alone, e.g. `%` in a money table.
    public var unit: Located<AmountUnit>?
    /// `check: false`: amounts that take part in no identity (percentages, ratios).
    public var checked: Bool
    /// `group: Actual to date`: consecutive columns of one group share a spanning header.
    public var group: Located<String>?
    public var location: SourceLocation

    public init(id: Located<String>?, label: Located<String>, kind: Kind, unit: Located<AmountUnit>?, checked: Bool, location: SourceLocation) {
        self.id = id
        self.label = label
        self.kind = kind
        self.unit = unit
        self.checked = checked
        self.location = location
    }

    public var isText: Bool {
        if case .text = kind { return true }
        return false
    }
}
