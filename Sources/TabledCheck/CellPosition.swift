/// A cell of a table by row and value-column index, both 0-based.
public struct CellPosition: Hashable, Sendable, Comparable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// One word hashed, not two: a table's check looks up every cell several times over, and
    /// hashing is most of its time on a table of many rows. Columns are at most 255.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(row &<< 16 | (column & 0xFFFF))
    }

    public static func < (lhs: CellPosition, rhs: CellPosition) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}
