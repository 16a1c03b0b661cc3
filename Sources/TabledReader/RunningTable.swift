import TabledModel

/// What a table read from a PDF shows the next page, which may continue it: its width, its
/// column headings and its caption, as of its first page (a page joins it only with the same
/// width and headings, so joining changes none of them).
struct RunningTable {
    let width: Int
    let columnHeadings: [String]
    let caption: String?

    init(_ table: PrintedTable) {
        width = table.width
        columnHeadings = table.columnHeadings
        caption = table.caption.map(PrintedTable.oneLine)
    }
}
