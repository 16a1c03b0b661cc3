import Testing
@testable import TabledCheck

/// A verdict's sets of cells behave as sets, whatever the cell: a table's first 64 columns
/// are bits by row, anything else (a wider table's, an external figure's row before the
/// table) is hashed, and the two read as one set in reading order.
@Suite struct CellSetTests {
    private func cell(_ row: Int, _ column: Int) -> CellPosition { CellPosition(row: row, column: column) }

    @Test func bitsAndOthersAreOneSetInReadingOrder() {
        var set: CellSet = [cell(3, 1), cell(0, 70), cell(-1, 0), cell(0, 2)]
        let added = set.insert(cell(3, 0)), again = set.insert(cell(3, 1))
        #expect(added && !again, "cell(3, 1) was already there")
        #expect(set.count == 5)
        #expect(Array(set) == [cell(-1, 0), cell(0, 2), cell(0, 70), cell(3, 0), cell(3, 1)])
        #expect(set.contains(cell(0, 70)) && set.contains(cell(-1, 0)) && !set.contains(cell(9, 2)) && !set.contains(cell(0, 1)))
    }

    @Test func unionIntersectionAndDifference() {
        let figures: CellSet = [cell(0, 0), cell(0, 1), cell(1, 0), cell(200, 3), cell(1, 100)]
        var checked: CellSet = [cell(0, 1), cell(200, 3), cell(1, 100), cell(500, 0)]
        #expect(Array(figures.subtracting(checked)) == [cell(0, 0), cell(1, 0)])
        #expect(!figures.isSubset(of: checked))
        checked.formIntersection(figures)
        #expect(Array(checked) == [cell(0, 1), cell(1, 100), cell(200, 3)], "the cell outside the figures is dropped")
        #expect(checked.isSubset(of: figures))
        checked.formUnion(CellSet([cell(0, 0), cell(1, 0)]))
        #expect(checked == figures, "equal whatever order or history")
        #expect(CellSet().isEmpty && !figures.isEmpty && figures.intersection([]).isEmpty)
    }
}
