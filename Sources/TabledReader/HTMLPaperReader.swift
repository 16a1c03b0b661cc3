import TabledModel

/// Reads a paper published as HTML (a committee system's page, an exported report): each
/// `<table>` with its `th` and `td` cells, spans laid out, named by its `<caption>`, a
/// "Table 3: …" paragraph before it (or just after it, where no table follows straight on),
/// or the nearest heading above.
///
/// A table that holds another table is page layout, not figures: only the innermost tables
/// are read. Locations are the cell's line in the file.
public enum HTMLPaperReader {
    /// A page is refused past this many tables; committee pages have dozens.
    static let maximumTables = 5_000

    public static func read(_ bytes: [UInt8], file: String) -> PaperReading {
        let tree: MarkupTree
        switch LibXMLConverter.html(bytes) {
        case .success(let read): tree = read
        case .failure(.unreadable): return .refused(file, .unreadablePaper(format: "HTML", why: .noElements))
        case .failure(.tooManyNodes(let limit)):
            return .refused(file, .unreadablePaper(format: "HTML", why: .tooManyElements(limit, part: nil)))
        case .failure(.libraryMissing(let why)): return .refused(file, .unreadablePaper(format: "HTML", why: .library(why)))
        case .failure(.declaresEntities): return .refused(file, .unreadablePaper(format: "HTML", why: .declaresEntities(part: nil, note: nil)))
        }
        var printed: [PrintedTable] = []
        var heading: String?
        var captionParagraph: String?
        var hint: TableHint?
        // A table named by no caption above it, while nothing but a "Table N: …" paragraph has
        // followed it: that paragraph is its caption, set below, unless a table follows straight
        // after (then it is that table's, set above).
        var awaitingCaption: Int?
        var captionBelow: String?
        func settleCaptionBelow() {
            if let table = awaitingCaption, let caption = captionBelow { printed[table].caption = caption }
            awaitingCaption = nil
            captionBelow = nil
        }
        // Every element in document order, the page's own order of headings and tables.
        let order = [tree.root] + tree.descendants(of: tree.root)
        let (size, holdsTable) = tree.subtrees(holding: "table")
        var skipUntil = -1
        for (position, index) in order.enumerated() {
            let node = tree.nodes[index]
            switch node.kind {
            case .comment:
                if let read = TableHint(commentText: node.text) { hint = read }
                continue
            case .text:
                continue
            case .element:
                break
            }
            if position <= skipUntil { continue }
            switch node.name {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                settleCaptionBelow()
                heading = tree.text(of: index)
                captionParagraph = nil
                hint = nil
            case "p":
                let text = tree.text(of: index)
                if PrintedTable.isCaption(text) {
                    if awaitingCaption != nil {
                        if captionBelow == nil { captionBelow = text } else { settleCaptionBelow() }
                    }
                    captionParagraph = text
                } else if !text.isEmpty {
                    settleCaptionBelow()
                    captionParagraph = nil
                    hint = nil
                }
            case "table":
                if holdsTable[index] { continue }
                guard printed.count < maximumTables else {
                    return .refused(file, .unreadablePaper(format: "HTML", why: .tooManyTables(maximumTables)))
                }
                awaitingCaption = nil
                captionBelow = nil
                let (read, ownCaption) = table(index, in: tree, file: file, caption: captionParagraph ?? heading, hint: hint)
                printed.append(read)
                if captionParagraph == nil && !ownCaption { awaitingCaption = printed.count - 1 }
                captionParagraph = nil
                hint = nil
                skipUntil = position + size[index] - 1
            default:
                break
            }
        }
        settleCaptionBelow()
        let read = PrintedTableReading.readAll(printed)
        return PaperReading(paper: PublishedPaper(file: file, tables: read.tables), diagnostics: read.diagnostics)
    }

    /// The table, and whether it has a `<caption>` of its own.
    private static func table(_ index: Int, in tree: MarkupTree, file: String, caption: String?,
                              hint: TableHint?) -> (PrintedTable, ownCaption: Bool) {
        let location = SourceLocation(file: file, line: max(tree.nodes[index].line, 1), column: 1)
        var own: String?
        var headerGrid = CellGrid()
        var bodyGrid = CellGrid()
        var bodyStarted = false
        for inner in tree.descendants(of: index) where tree.nodes[inner].kind == .element {
            let node = tree.nodes[inner]
            if node.name == "caption" {
                own = tree.text(of: inner)
                continue
            }
            guard node.name == "tr" else { continue }
            let cells = tree.nodes[inner].children.filter { tree.nodes[$0].kind == .element && ["td", "th"].contains(tree.nodes[$0].name) }
            guard !cells.isEmpty else { continue }
            let inHead = tree.ancestor(of: inner, named: "thead") != nil
            let allHeaders = cells.allSatisfy { tree.nodes[$0].name == "th" }
            let isHeader = inHead || (!bodyStarted && allHeaders && tree.ancestor(of: inner, named: "tfoot") == nil)
            let gridCells = cells.map { cell in
                let attributes = tree.nodes[cell].attributes
                return CellGrid.Cell(text: tree.text(of: cell, raised: { tree.nodes[$0].name == "sup" }),
                                     location: SourceLocation(file: file, line: max(tree.nodes[cell].line, 1), column: 1),
                                     columns: span(attributes["colspan"]), rows: span(attributes["rowspan"]))
            }
            if isHeader {
                headerGrid.add(gridCells, repeatSpans: true)
            } else {
                bodyStarted = true
                bodyGrid.add(gridCells, repeatSpans: false)
            }
        }
        var header = headerGrid.filled
        var rows = bodyGrid.filled
        // With no header row marked, the first row is the header, as in most exported tables,
        // and those under it with words over the figure columns and no figure: a units row
        // ("£000"), names split over two rows (Word's tables saved as a web page).
        if header.isEmpty && rows.count > 1 {
            header = [rows.removeFirst()]
            while rows.count > 1, let next = rows.first, next.dropFirst().contains(where: { !$0.text.isEmpty }),
                  next.dropFirst().allSatisfy({ PrintedTableReading.isHeadingCell($0.text) }) {
                header.append(rows.removeFirst())
            }
        }
        let table = PrintedTable(caption: own.flatMap { $0.isEmpty ? nil : $0 } ?? caption, location: location, header: header, rows: rows,
                            hint: hint)
        return (table, own != nil)
    }

    private static func span(_ text: String?) -> Int {
        guard let text, let value = Int(text.trimmingCharacters(in: .whitespaces)) else { return 1 }
        return value
    }
}
