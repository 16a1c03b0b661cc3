import TabledModel

/// Reads a paper published as Word (.docx): its tables cell by cell (header rows, `gridSpan`,
/// `vMerge`), named by a caption paragraph or the nearest heading above.
///
/// Locations name the table (counted as Word counts them, from 1), the row and the grid
/// column. Unzipping is the command line's (`WordArchive`), as reading files is.
public enum WordPaperReader {
    /// Reads `word/document.xml`, which the command line takes out of the .docx.
    public static func read(documentXML xml: [UInt8], file: String) -> PaperReading {
        func refuse(_ why: DiagnosticKind.UnreadablePaper) -> PaperReading { .refused(file, .unreadablePaper(format: "Word", why: why)) }
        let tree: MarkupTree
        switch LibXMLConverter.xml(xml) {
        case .success(let read): tree = read
        case .failure(.unreadable): return refuse(.notWellFormed(part: "word/document.xml"))
        case .failure(.tooManyNodes(let limit)): return refuse(.tooManyElements(limit, part: "word/document.xml"))
        case .failure(.libraryMissing(let why)): return refuse(.library(why))
        case .failure(.declaresEntities): return refuse(.declaresEntities(part: "word/document.xml", note: "which Word never writes"))
        }
        let read = PrintedTableReading.readAll(tables(in: tree, file: file))
        return PaperReading(paper: PublishedPaper(file: file, tables: read.tables), diagnostics: read.diagnostics)
    }

    /// Runs Word keeps out of the text a reader sees: field codes, and tracked changes read
    /// as if accepted (deleted and moved-away words gone, inserted ones kept).
    private static func hidden(_ node: MarkupTree.Node) -> Bool {
        node.name == "w:instrText" || node.name == "w:delText" || node.name == "w:del" || node.name == "w:moveFrom"
    }

    /// A run set as superscript: a footnote's marker after a figure or label.
    private static func isSuperscript(_ run: Int, in tree: MarkupTree) -> Bool {
        tree.nodes[run].name == "w:r" && tree.children(of: run, named: "w:rPr").contains { properties in
            tree.children(of: properties, named: "w:vertAlign").contains { tree.nodes[$0].attributes["w:val"] == "superscript" }
        }
    }

    /// A paragraph set wholly in bold, short enough to be a title: how councils caption a
    /// table when they use no Caption style.
    private static func isBoldTitle(_ paragraph: Int, text: String, in tree: MarkupTree) -> Bool {
        guard !text.isEmpty, text.count <= 200 else { return false }
        var runs = 0
        for index in tree.descendants(of: paragraph) where tree.nodes[index].kind == .element && tree.nodes[index].name == "w:r" {
            guard !tree.text(of: index, skipping: hidden).isEmpty else { continue }
            runs += 1
            let bold = tree.children(of: index, named: "w:rPr").contains { properties in
                tree.children(of: properties, named: "w:b").contains { !["0", "false", "off"].contains(tree.nodes[$0].attributes["w:val"] ?? "true") }
            }
            if !bold { return false }
        }
        return runs > 0
    }

    private static func tables(in tree: MarkupTree, file: String) -> [PrintedTable] {
        var printed: [PrintedTable] = []
        var heading: String?
        var caption: String?
        var number = 0
        let order = tree.descendants(of: tree.root)
        let (size, holdsTable) = tree.subtrees(holding: "w:tbl")
        var skipUntil = -1
        // A table named only by the heading above it, whose caption may follow it.
        var awaitingCaption: Int?
        for (position, index) in order.enumerated() where tree.nodes[index].kind == .element {
            let node = tree.nodes[index]
            // Every table counts, as Word numbers them, even one inside a table that is not read.
            if node.name == "w:tbl" { number += 1 }
            if position <= skipUntil { continue }
            switch node.name {
            case "w:p":
                let text = tree.text(of: index, skipping: hidden)
                let style = paragraphStyle(index, in: tree).lowercased()
                skipUntil = position + size[index] - 1
                guard !text.isEmpty else { continue }
                let isCaption = style.contains("caption") || PrintedTable.isCaption(text)
                if let table = awaitingCaption, isCaption {
                    printed[table].caption = text
                    awaitingCaption = nil
                    continue
                }
                awaitingCaption = nil
                if style.hasPrefix("heading") || style == "title" || hasOutlineLevel(index, in: tree) {
                    heading = text
                    caption = nil
                } else if isCaption || isBoldTitle(index, text: text, in: tree) {
                    caption = text
                } else {
                    caption = nil
                }
            case "w:tbl" where !holdsTable[index]:
                printed.append(table(index, number: number, in: tree, file: file, caption: caption ?? heading))
                awaitingCaption = caption == nil ? printed.count - 1 : nil
                caption = nil
                skipUntil = position + size[index] - 1
            default:
                break
            }
        }
        return printed
    }

    /// A row's cells' words, for telling a repeated header row.
    private static func rowText(_ row: Int, in tree: MarkupTree) -> String {
        tree.children(of: row, named: "w:tc").map { tree.text(of: $0, skipping: hidden) }.joined(separator: "\u{1F}")
    }

    /// Words in some cell after the first, and only headings in all of them.
    private static func isHeaderRow(_ row: Int, in tree: MarkupTree) -> Bool {
        let texts = tree.children(of: row, named: "w:tc").dropFirst().map { tree.text(of: $0, skipping: hidden) }
        return texts.contains { !$0.isEmpty } && texts.allSatisfy(PrintedTableReading.isHeadingCell)
    }

    private static func paragraphStyle(_ paragraph: Int, in tree: MarkupTree) -> String {
        for properties in tree.children(of: paragraph, named: "w:pPr") {
            for style in tree.children(of: properties, named: "w:pStyle") {
                return tree.nodes[style].attributes["w:val"] ?? ""
            }
        }
        return ""
    }

    private static func hasOutlineLevel(_ paragraph: Int, in tree: MarkupTree) -> Bool {
        tree.children(of: paragraph, named: "w:pPr").contains { !tree.children(of: $0, named: "w:outlineLvl").isEmpty }
    }

    private static func table(_ index: Int, number: Int, in tree: MarkupTree, file: String, caption: String?) -> PrintedTable {
        func location(row: Int, column: Int) -> SourceLocation {
            SourceLocation(file: file, line: row, column: column, part: .wordTable(number))
        }
        var headerGrid = CellGrid()
        var bodyGrid = CellGrid()
        let rows = tree.children(of: index, named: "w:tr")
        let marked = rows.map { row in
            tree.children(of: row, named: "w:trPr").contains { !tree.children(of: $0, named: "w:tblHeader").isEmpty }
        }
        var headerRows = marked.contains(true) ? marked : rows.indices.map { $0 == 0 && rows.count > 1 }
        // Unmarked, the header is the first row and those under it with words over the figure
        // columns and no figure: a group row, names split over two rows, a units row ("£000").
        if !marked.contains(true) {
            var r = 1
            while r < rows.count - 1, isHeaderRow(rows[r], in: tree) {
                headerRows[r] = true
                r += 1
            }
        }
        // A header row Word repeats on each page is written once; one typed again in the body is not a row.
        let headerTexts = Set(rows.indices.filter { headerRows[$0] }.map { rowText(rows[$0], in: tree) })
        // The text standing in each grid column of the header so far, for vertically merged cells.
        var headerAbove: [Int: String] = [:]
        for (r, row) in rows.enumerated() {
            if !headerRows[r], headerTexts.contains(rowText(row, in: tree)) { continue }
            var cells: [CellGrid.Cell] = []
            var column = 0
            for properties in tree.children(of: row, named: "w:trPr") {
                for before in tree.children(of: properties, named: "w:gridBefore") {
                    let skipped = min(max(Int(tree.nodes[before].attributes["w:val"] ?? "") ?? 0, 0), CellGrid.maximumSpan)
                    if skipped > 0 {
                        cells.append(CellGrid.Cell(text: "", location: location(row: r + 1, column: 1), columns: skipped))
                        column += skipped
                    }
                }
            }
            for cell in tree.children(of: row, named: "w:tc") {
                var span = 1
                var continues = false
                for properties in tree.children(of: cell, named: "w:tcPr") {
                    for grid in tree.children(of: properties, named: "w:gridSpan") {
                        span = Int(tree.nodes[grid].attributes["w:val"] ?? "") ?? 1
                    }
                    for merge in tree.children(of: properties, named: "w:vMerge") {
                        continues = (tree.nodes[merge].attributes["w:val"] ?? "continue") == "continue"
                    }
                }
                var text = tree.text(of: cell, skipping: hidden, raised: { isSuperscript($0, in: tree) })
                if continues { text = headerRows[r] ? headerAbove[column] ?? "" : "" }
                if headerRows[r] { headerAbove[column] = text }
                cells.append(CellGrid.Cell(text: text, location: location(row: r + 1, column: column + 1), columns: span))
                column += min(max(span, 1), CellGrid.maximumSpan)
            }
            if headerRows[r] { headerGrid.add(cells, repeatSpans: true) } else { bodyGrid.add(cells, repeatSpans: false) }
        }
        return PrintedTable(caption: caption, location: location(row: 1, column: 1), header: headerGrid.filled, rows: bodyGrid.filled)
    }
}
