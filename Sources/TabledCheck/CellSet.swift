/// A set of a table's cells: a word of bits for each row's first 64 columns, and a hashed set
/// for any other cell (a wider table's, or one outside the table). A table's verdict keeps
/// several sets of every figure in it; hashing each cell into them was a large part of
/// checking a table of many rows, and a bit a cell keeps them small.
public struct CellSet: Sendable, Equatable, Sequence, ExpressibleByArrayLiteral {
    private var rows: [UInt64] = []
    private var others: Set<CellPosition> = []
    private static let columnsInWord = 64

    public init() {}

    public init(arrayLiteral positions: CellPosition...) {
        self.init(positions)
    }

    public init(_ positions: some Sequence<CellPosition>) {
        for position in positions { insert(position) }
    }

    /// The number of cells in the set.
    public var count: Int {
        rows.reduce(others.count) { $0 + $1.nonzeroBitCount }
    }

    public var isEmpty: Bool {
        others.isEmpty && !rows.contains { $0 != 0 }
    }

    public func contains(_ position: CellPosition) -> Bool {
        guard let bit = Self.bit(position) else { return others.contains(position) }
        return position.row < rows.count && rows[position.row] & bit != 0
    }

    /// Adds `position`; whether it was not in the set before.
    @discardableResult
    public mutating func insert(_ position: CellPosition) -> Bool {
        guard let bit = Self.bit(position) else { return others.insert(position).inserted }
        if position.row >= rows.count { rows.append(contentsOf: repeatElement(0, count: position.row + 1 - rows.count)) }
        let added = rows[position.row] & bit == 0
        rows[position.row] |= bit
        return added
    }

    /// Room for the cells of this many rows without growing.
    public mutating func reserveCapacity(rows count: Int) {
        rows.reserveCapacity(count)
    }

    public mutating func formUnion(_ other: CellSet) {
        if other.rows.count > rows.count { rows.append(contentsOf: repeatElement(0, count: other.rows.count - rows.count)) }
        for r in other.rows.indices { rows[r] |= other.rows[r] }
        others.formUnion(other.others)
    }

    public mutating func formUnion(_ positions: some Sequence<CellPosition>) {
        for position in positions { insert(position) }
    }

    public mutating func formIntersection(_ other: CellSet) {
        for r in rows.indices { rows[r] &= r < other.rows.count ? other.rows[r] : 0 }
        others.formIntersection(other.others)
    }

    public func intersection(_ other: CellSet) -> CellSet {
        var result = self
        result.formIntersection(other)
        return result
    }

    public func subtracting(_ other: CellSet) -> CellSet {
        var result = self
        for r in result.rows.indices where r < other.rows.count { result.rows[r] &= ~other.rows[r] }
        result.others.subtract(other.others)
        return result
    }

    public func isSubset(of other: CellSet) -> Bool {
        rows.indices.allSatisfy { rows[$0] & ~($0 < other.rows.count ? other.rows[$0] : 0) == 0 } && others.isSubset(of: other.others)
    }

    public static func == (a: CellSet, b: CellSet) -> Bool {
        a.isSubset(of: b) && b.isSubset(of: a)
    }

    /// The cells in reading order, row by row.
    public func makeIterator() -> IndexingIterator<[CellPosition]> {
        var positions: [CellPosition] = []
        positions.reserveCapacity(count)
        for (r, word) in rows.enumerated() {
            var bits = word
            while bits != 0 {
                positions.append(CellPosition(row: r, column: bits.trailingZeroBitCount))
                bits &= bits - 1
            }
        }
        if !others.isEmpty {
            positions += others
            positions.sort()
        }
        return positions.makeIterator()
    }

    private static func bit(_ position: CellPosition) -> UInt64? {
        guard position.row >= 0, position.column >= 0, position.column < columnsInWord else { return nil }
        return 1 << UInt64(position.column)
    }
}
