/// A table ready to print: caption, header, and every cell formatted in house style.
struct TableView {
    var anchor: String
    /// "Table 1".
    var number: String
    var caption: String
    var header: [HeaderCellView]
    var rows: [RowView]
    /// Markdown prose printed under the table.
    var note: String?
}

struct HeaderCellView {
    var text: String
    /// The GFM delimiter for the column: `:--` for labels, `--:` for figures.
    var delimiter: String
}

struct RowView {
    var cells: [CellView]
}

struct CellView {
    var text: String
    /// Totals and headings are printed in bold.
    var strong: Bool
}
