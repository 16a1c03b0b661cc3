import TabledModel

/// Lays out cells that span columns and rows (HTML `colspan`/`rowspan`, Word `gridSpan` and
/// `vMerge`) on one grid, as a reader sees the printed table.
///
/// A spanning header cell stands over every column it spans, so that "Actual to date" heads
/// Spend, Programmed and Variance alike; a spanning body cell is read once, in its first column.
struct CellGrid {
    struct Cell {
        var text: String
        var location: SourceLocation
        var columns = 1
        var rows = 1
    }

    /// Columns and rows a single cell may span; past these a file is hostile, not a paper.
    static let maximumSpan = 256
    static let maximumWidth = 256

    private(set) var rows: [[PrintedTable.Cell?]] = []
    /// Cells still to fill in rows below, by column: the rows left and what stands there.
    private var pending: [Int: (rows: Int, cell: PrintedTable.Cell)] = [:]

    /// Adds one printed row; `repeatSpans` repeats a spanning cell's text across its columns.
    mutating func add(_ cells: [Cell], repeatSpans: Bool) {
        var row: [PrintedTable.Cell?] = []
        var column = 0
        func fillPending() {
            while let (left, cell) = pending[column].map({ ($0.rows, $0.cell) }) {
                row.append(repeatSpans ? cell : PrintedTable.Cell(text: "", location: cell.location))
                pending[column] = left > 1 ? (left - 1, cell) : nil
                column += 1
            }
        }
        for cell in cells {
            fillPending()
            let span = min(max(cell.columns, 1), Self.maximumSpan)
            let down = min(max(cell.rows, 1), Self.maximumSpan)
            for offset in 0..<span where column < Self.maximumWidth {
                let text = offset == 0 || repeatSpans ? cell.text : ""
                let printed = PrintedTable.Cell(text: text, location: cell.location)
                row.append(printed)
                if down > 1 { pending[column] = (down - 1, printed) }
                column += 1
            }
        }
        fillPending()
        rows.append(row)
    }

    /// The rows, each padded to the widest with empty cells.
    var filled: [[PrintedTable.Cell]] {
        let width = rows.map(\.count).max() ?? 0
        return rows.map { row in
            let fallback = row.compactMap { $0 }.first?.location ?? SourceLocation(file: "", line: 1, column: 1)
            return (0..<width).map { c in
                (c < row.count ? row[c] : nil) ?? PrintedTable.Cell(text: "", location: row.last??.location ?? fallback)
            }
        }
    }
}
