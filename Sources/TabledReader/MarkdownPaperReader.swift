import Foundation
import TabledMarkdown
import TabledModel

/// Reads an existing Markdown paper's pipe tables into the table model, marking each row
/// and column with the kind a careful reader sees in it; the one table checker then judges them.
///
/// The reading follows DESIGN.md section 6: a row labelled total or sub-total adds the rows
/// above it, a column headed Total adds the columns to its left, and a table that runs from
/// an opening balance to a closing one is a balance. A hint comment on the line before a
/// table overrides the guess. A table it cannot make sense of is not checked, never passed.
public enum MarkdownPaperReader {
    public static func read(_ markdown: String, file: String) -> PaperReading {
        if let wide = InputLimits.firstOverwideLine(in: markdown) {
            return PaperReading(paper: PublishedPaper(file: file, tables: []),
                          diagnostics: [Diagnostic(.tooWide(cells: wide.pipes), at: SourceLocation(file: file, line: wide.line, column: 1))])
        }
        let document = CommonMarkConverter.parse(markdown)
        var diagnostics: [Diagnostic] = []
        if let deep = document.flattenedAt {
            diagnostics.append(Diagnostic(.proseTooDeep(limit: Block.maximumDepth),
                                          at: SourceLocation(file: file, line: deep.line, column: deep.column),
                                          notes: [.init(.proseTooDeepHelp)]))
        }
        let source = MarkdownSource(markdown)
        let printed = collect(document.blocks).map { table, caption, hint in
            printedTable(table, caption: caption, hint: hint, file: file, source: source)
        }
        let read = PrintedTableReading.readAll(printed)
        return PaperReading(paper: PublishedPaper(file: file, tables: read.tables), diagnostics: diagnostics + read.diagnostics)
    }

    /// A pipe table's cells with their places: each figure at its own column on its line.
    private static func printedTable(_ table: TableBlock, caption: String?, hint: TableHint?, file: String,
                                     source: MarkdownSource) -> PrintedTable {
        let headerLine = table.sourceLine ?? 1
        let width = table.columns.count
        let headerColumns = source.cellColumns(line: headerLine, count: width)
        let header = table.columns.enumerated().map { c, column in
            PrintedTable.Cell(text: column.header.plainText.trimmedOfSpaces,
                              location: SourceLocation(file: file, line: headerLine, column: headerColumns[c]))
        }
        let rows = table.rows.enumerated().map { r, row in
            let line = headerLine + 2 + r
            let columns = source.cellColumns(line: line, count: width)
            return (0..<width).map { c in
                PrintedTable.Cell(text: c < row.cells.count ? row.cells[c].plainText.trimmedOfSpaces : "",
                                  location: SourceLocation(file: file, line: line, column: columns[c]))
            }
        }
        return PrintedTable(caption: caption, location: SourceLocation(file: file, line: headerLine, column: 1),
                            header: [header], rows: rows, hint: hint)
    }

    /// Every table in document order, with its caption (a paragraph "Table 3: …" just before
    /// it, else the nearest heading above) and the hint in the HTML comment just before it.
    /// Lists and quotes are walked with an explicit stack; the tree's depth is bounded anyway.
    private static func collect(_ blocks: [Block]) -> [(TableBlock, String?, TableHint?)] {
        var found: [(TableBlock, String?, TableHint?)] = []
        var pending: [[Block]] = [blocks]
        var index: [Int] = [0]
        var hint: TableHint?
        var heading: String?
        var captionParagraph: String?
        while let depth = pending.indices.last {
            guard index[depth] < pending[depth].count else {
                pending.removeLast()
                index.removeLast()
                hint = nil
                continue
            }
            let block = pending[depth][index[depth]]
            index[depth] += 1
            switch block {
            case .rawHTML(let html):
                hint = TableHint(comment: html)
                continue
            case .heading(_, let inlines, _):
                heading = PrintedTable.oneLine(inlines.plainText)
            case .paragraph(let inlines, _):
                let text = PrintedTable.oneLine(inlines.plainText)
                if PrintedTable.isCaption(text) {
                    captionParagraph = text
                    continue
                }
            case .table(let table):
                found.append((table, captionParagraph ?? heading, hint))
            case .list(let list):
                for item in list.items.reversed() {
                    pending.append(item)
                    index.append(0)
                }
            case .blockQuote(let inner), .division(_, let inner), .numbered(_, _, let inner):
                pending.append(inner)
                index.append(0)
            default:
                break
            }
            hint = nil
            captionParagraph = nil
        }
        return found
    }
}
