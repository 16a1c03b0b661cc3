extension PrintedTable {
    /// A Tabled table as it is written: the label column then each column, its group heading
    /// over it in a header row of its own, every cell's text as the author wrote it. Rows keep
    /// their order, so row r here is the table's row r.
    public init(_ table: BudgetTable) {
        let labelLocation = table.label?.location ?? table.location
        var header: [[Cell]] = []
        if table.columns.contains(where: { $0.group != nil }) {
            header.append([Cell(text: "", location: labelLocation)] + table.columns.map {
                Cell(text: $0.group?.value ?? "", location: $0.group?.location ?? $0.location)
            })
        }
        header.append([Cell(text: table.label?.value ?? "", location: labelLocation)] + table.columns.map {
            Cell(text: $0.label.value, location: $0.label.location)
        })
        let rows = table.rows.map { row in
            [Cell(text: row.label.value, location: row.label.location)]
                + table.columns.indices.map { c in
                    c < row.cells.count ? Cell(text: row.cells[c].text.value, location: row.cells[c].text.location)
                        : Cell(text: "", location: row.location)
                }
        }
        self.init(caption: table.caption.value, location: table.location, header: header, rows: rows)
    }
}
