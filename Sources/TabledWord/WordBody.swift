import TabledModel

/// Writes the document tree as the body of `word/document.xml`: paragraphs in named styles,
/// numbers printed as the page shows them, tables with a repeating header row, bookmarks for
/// every anchor and internal hyperlinks to them.
struct WordBody {
    /// Prefixed to every bookmark and internal link, so papers joined in a pack keep theirs apart.
    var anchorPrefix = ""
    /// Internal links are followed by " (page N)", N a PAGEREF field to their bookmark.
    var pageNumbers = false
    private(set) var xml = ""
    /// External links, by relationship id.
    private(set) var links: [(id: String, target: String)] = []
    private var bookmarks = 0
    /// The role of the division being written, for what only it prints differently.
    private var role: DivisionRole?
    /// Every list written, in order: numbering instance n + 1 of `word/numbering.xml`.
    private(set) var lists: [(ordered: Bool, start: Int)] = []

    /// One level of indent, in twentieths of a point: 1.5 cm.
    static let indentStep = 851
    /// A list item's indent: its bullet or number hangs in it.
    static let listStep = 425
    /// The text width of an A4 page with Tabled's margins, in twentieths of a point.
    static let textWidth = 9866
    /// The same on a landscape page.
    static let landscapeTextWidth = 14798
    /// From this many columns a table is set in 8 point, as the HTML's print styles set it smaller.
    static let wideTableColumns = 8
    /// From this many it goes on a landscape page of its own, as the PDF puts it.
    static let landscapeTableColumns = 11
    /// The style of the cells of the table being written: Normal, or WideTable.
    private var cellStyle = ""
    /// A landscape section opened for a wide table, closed by whatever comes next; at the
    /// end of the document, its last section is landscape.
    private(set) var endsInLandscape = false

    init(anchorPrefix: String = "") {
        self.anchorPrefix = anchorPrefix
    }

    mutating func write(_ blocks: [Block], indent: Int = 0) {
        for block in blocks { write(block, indent: indent) }
    }

    /// Word bookmark names are letters, digits and underscores, at most 40, starting with a letter.
    static func bookmarkName(_ anchor: String) -> String {
        var name = "t"
        for scalar in anchor.unicodeScalars {
            name.unicodeScalars.append(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? scalar : "_")
        }
        return String(name.prefix(40))
    }

    /// Ends the landscape section of the wide table just written; false if there was none.
    private mutating func closeLandscape() -> Bool {
        guard endsInLandscape else { return false }
        sectionBreak(ending: true)
        endsInLandscape = false
        return true
    }

    /// An empty paragraph that ends the section before it, landscape or portrait.
    private mutating func sectionBreak(ending landscape: Bool) {
        xml += "<w:p><w:pPr>\(WordWriter.sectionProperties(landscape: landscape))</w:pPr></w:p>"
    }

    private mutating func write(_ block: Block, indent: Int) {
        // Wide tables one after another share a landscape section.
        if case .table(let table) = block, table.columns.count >= Self.landscapeTableColumns {} else { _ = closeLandscape() }
        switch block {
        case .paragraph(let inlines, let anchor):
            paragraph(style: nil, indent: indent, anchor: anchor) { $0.runs(inlines) }
        case .heading(let level, let inlines, let anchor):
            let style = level <= 1 ? "Title" : "Heading\(min(level - 1, 3))"
            paragraph(style: style, indent: indent, anchor: anchor, keepWithNext: true) { $0.runs(inlines) }
        case .list(let list):
            // The facts box prints its lines without bullets, as the page does.
            if !list.ordered && role == .facts {
                for item in list.items { write(item, indent: indent) }
                break
            }
            // A real Word list (numbering.xml), so that Word and screen readers know it for one.
            lists.append((list.ordered, list.start))
            let number = lists.count
            for item in list.items {
                write(item, indent: indent + Self.listStep, list: number)
            }
        case .blockQuote(let blocks):
            write(blocks, indent: indent + Self.indentStep)
        case .codeBlock(_, let text):
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                paragraph(style: nil, indent: indent, anchor: nil) { $0.run(String(line), properties: "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\"/>") }
            }
        case .thematicBreak:
            xml += "<w:p><w:pPr><w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"6B6B6B\"/></w:pBdr></w:pPr></w:p>"
        case .table(let table):
            self.table(table, indent: indent)
        case .numbered(let number, let anchor, let contents):
            write(contents, indent: indent + Self.indentStep, marker: number, anchor: anchor, bold: true)
        case .division(let role, let contents):
            // An appendix starts a page of its own, as in print.
            if role.startsNewPage { xml += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" }
            let outer = self.role
            self.role = role
            write(contents, indent: indent)
            self.role = outer
        case .rawHTML:
            break
        }
    }

    /// Blocks whose first paragraph carries a hanging number or bullet; the rest sit at the indent.
    private mutating func write(_ blocks: [Block], indent: Int, marker: String, anchor: String? = nil, bold: Bool = false,
                                hang: Int = indentStep) {
        guard case .paragraph(let first, let firstAnchor)? = blocks.first else {
            paragraph(style: nil, indent: indent, hanging: hang, anchor: anchor) { $0.run(marker, properties: bold ? "<w:b/>" : "") }
            write(blocks, indent: indent)
            return
        }
        paragraph(style: nil, indent: indent, hanging: hang, anchor: anchor ?? firstAnchor) { body in
            body.run(marker, properties: bold ? "<w:b/>" : "")
            body.xml += "<w:r><w:tab/></w:r>"
            body.runs(first)
        }
        write(Array(blocks.dropFirst()), indent: indent)
    }

    /// A list item: its first paragraph numbered or bulleted by Word's list `list`, the rest at its indent.
    private mutating func write(_ blocks: [Block], indent: Int, list: Int) {
        guard case .paragraph(let first, let firstAnchor)? = blocks.first else {
            paragraph(style: nil, indent: indent, hanging: Self.listStep, anchor: nil, list: list) { _ in }
            write(blocks, indent: indent)
            return
        }
        paragraph(style: nil, indent: indent, hanging: Self.listStep, anchor: firstAnchor, list: list) { $0.runs(first) }
        write(Array(blocks.dropFirst()), indent: indent)
    }

    private mutating func paragraph(style: String?, indent: Int, hanging: Int = 0, anchor: String?, keepWithNext: Bool = false,
                                    alignment: String? = nil, list: Int? = nil, content: (inout WordBody) -> Void) {
        xml += "<w:p><w:pPr>"
        if let style { xml += "<w:pStyle w:val=\"\(style)\"/>" }
        if let list { xml += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(list)\"/></w:numPr>" }
        if keepWithNext { xml += "<w:keepNext/>" }
        if indent > 0 { xml += "<w:ind w:left=\"\(indent)\"\(hanging > 0 ? " w:hanging=\"\(min(hanging, indent))\"" : "")/>" }
        if let alignment { xml += "<w:jc w:val=\"\(alignment)\"/>" }
        xml += "</w:pPr>"
        let mark = anchor.map { bookmarkStart($0) }
        content(&self)
        if let mark { xml += "<w:bookmarkEnd w:id=\"\(mark)\"/>" }
        xml += "</w:p>"
    }

    private mutating func bookmarkStart(_ anchor: String) -> Int {
        bookmarks += 1
        xml += "<w:bookmarkStart w:id=\"\(bookmarks)\" w:name=\"\(Self.bookmarkName(anchorPrefix + anchor))\"/>"
        return bookmarks
    }

    /// Where a part begins: a page break and a bookmark, each if asked for.
    mutating func start(newPage: Bool, anchor: String?) {
        // Ending a landscape section starts a new page already.
        let newPage = newPage && !closeLandscape()
        guard newPage || anchor != nil else { return }
        // The page breaks before the paragraph, so that its bookmark, and a PAGEREF to it, is on the new page.
        xml += "<w:p>" + (newPage ? "<w:pPr><w:pageBreakBefore/></w:pPr>" : "")
        if let anchor {
            let mark = bookmarkStart(anchor)
            xml += "<w:bookmarkEnd w:id=\"\(mark)\"/>"
        }
        xml += "</w:p>"
    }

    /// Each column's width in twentieths of a point: its share of `width`, but never narrower
    /// than its longest header word or figure at `points` (a character taken as 0.7 em, bold, with
    /// the cell's margins), the room taken from the columns that have some to spare.
    static func columnWidths(_ table: TableBlock, shares: [Int], width: Int, points: Int) -> [Int] {
        guard !shares.isEmpty else { return [] }
        let total = max(shares.reduce(0, +), 1)
        var widths = shares.map { width * $0 / total }
        let character = points * 20 * 7 / 10, margins = 2 * 115
        let least = table.columns.indices.map { c -> Int in
            var words = table.columns[c].header.plainText.split(whereSeparator: \.isWhitespace).map(\.count)
            // Figures do not wrap at all: the widest printed one must fit.
            if table.columns[c].holdsFigures {
                words += table.rows.map { row in c < row.cells.count ? row.cells[c].plainText.count : 0 }
            }
            return (words.max() ?? 0) * character + margins
        }
        let short = zip(widths, least).map { max(0, $1 - $0) }.reduce(0, +)
        guard short > 0 else { return widths }
        let spare = zip(widths, least).map { max(0, $0 - $1) }
        let available = spare.reduce(0, +)
        // Too little room in all: the page's width shared in proportion to what each needs.
        guard available >= short else {
            let needed = max(least.reduce(0, +), 1)
            return least.map { width * $0 / needed }
        }
        for c in widths.indices {
            widths[c] = widths[c] < least[c] ? least[c] : widths[c] - spare[c] * short / available
        }
        return widths
    }

    /// A ruled, bold line across the page: "NOT FOR PUBLICATION" at the head of an exempt paper.
    mutating func banner(_ text: String) {
        xml += "<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"1B1B1B\"/>"
            + "<w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"1B1B1B\"/></w:pBdr><w:jc w:val=\"center\"/></w:pPr>"
        run(text, properties: "<w:b/>")
        xml += "</w:p>"
    }

    mutating func run(_ text: String, properties: String = "") {
        guard !text.isEmpty else { return }
        xml += "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            + "<w:t xml:space=\"preserve\">\(XMLText.escape(text))</w:t></w:r>"
    }

    mutating func runs(_ inlines: [Inline], properties: String = "") {
        for inline in inlines {
            switch inline {
            case .text(let text): run(text, properties: properties)
            case .softBreak: run(" ", properties: properties)
            case .lineBreak: xml += "<w:r><w:br/></w:r>"
            case .code(let code): run(code, properties: properties + "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\"/>")
            case .emphasis(let inner): runs(inner, properties: properties + "<w:i/>")
            case .strong(let inner): runs(inner, properties: properties + "<w:b/>")
            case .strikethrough(let inner): runs(inner, properties: properties + "<w:strike/>")
            case .link(let destination, _, let inner):
                link(destination, inner, properties: properties)
            case .image(_, _, let alt):
                // Images are not embedded in Word output; their words stand in for them.
                runs(alt, properties: properties)
            case .rawHTML:
                break
            }
        }
    }

    private mutating func link(_ destination: String, _ inner: [Inline], properties: String) {
        let style = properties + "<w:rStyle w:val=\"Hyperlink\"/>"
        if destination.hasPrefix("#") {
            let bookmark = Self.bookmarkName(anchorPrefix + destination.dropFirst())
            xml += "<w:hyperlink w:anchor=\"\(bookmark)\">"
            runs(inner, properties: style)
            xml += "</w:hyperlink>"
            if pageNumbers {
                // The field's last result is left empty: Word and LibreOffice lay the pages out and fill it in.
                xml += "<w:r><w:rPr>\(properties)</w:rPr><w:t xml:space=\"preserve\"> (page </w:t></w:r>"
                    + "<w:r><w:rPr>\(properties)</w:rPr><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                    + "<w:r><w:rPr>\(properties)</w:rPr><w:instrText xml:space=\"preserve\"> PAGEREF \(bookmark) \\h </w:instrText></w:r>"
                    + "<w:r><w:rPr>\(properties)</w:rPr><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                    + "<w:r><w:rPr>\(properties)</w:rPr><w:t></w:t></w:r>"
                    + "<w:r><w:rPr>\(properties)</w:rPr><w:fldChar w:fldCharType=\"end\"/></w:r>"
                    + "<w:r><w:rPr>\(properties)</w:rPr><w:t>)</w:t></w:r>"
            }
        } else if LinkPolicy.isAllowed(destination), destination.contains(":") {
            let id = "rIdLink\(links.count + 1)"
            links.append((id, destination))
            xml += "<w:hyperlink r:id=\"\(id)\">"
            runs(inner, properties: style)
            xml += "</w:hyperlink>"
        } else {
            runs(inner, properties: properties)
        }
    }

    private mutating func table(_ table: TableBlock, indent: Int) {
        let columns = max(table.columns.count, 1)
        // A table too wide for the portrait page goes on landscape pages with its caption: the
        // section before it ends in an empty paragraph, and its own ends in one after it.
        let landscape = columns >= Self.landscapeTableColumns
        if landscape && !endsInLandscape { sectionBreak(ending: false) }
        if !table.caption.isEmpty {
            paragraph(style: "Caption", indent: indent, anchor: table.anchor, keepWithNext: true) { $0.runs(table.caption) }
        }
        cellStyle = columns >= Self.wideTableColumns ? "<w:pStyle w:val=\"WideTable\"/>" : ""
        defer {
            cellStyle = ""
            endsInLandscape = landscape
        }
        // The label column gets twice the room of a figure column; every column at least its
        // longest header word and figure, so that no word breaks in the middle.
        let shares = table.columns.enumerated().map { c, column in c == 0 && table.rowHeaders ? 2 : (column.holdsFigures ? 1 : 2) }
        let width = (landscape ? Self.landscapeTextWidth : Self.textWidth) - indent
        let widths = Self.columnWidths(table, shares: shares, width: width, points: columns >= Self.wideTableColumns ? 8 : 11)
        xml += "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/>"
        if indent > 0 { xml += "<w:tblInd w:w=\"\(indent)\" w:type=\"dxa\"/>" }
        xml += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
            "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"6B6B6B\"/>"
        }.joined() + "</w:tblBorders><w:tblLayout w:type=\"autofit\"/>"
        // Alt text, as Word's Accessibility Checker asks of every table: its caption, and what it holds.
        let name = table.caption.isEmpty ? "Table" : table.caption.plainText
        let headings = table.columns.map { $0.header.plainText }.filter { !$0.isEmpty }
        let description = "\(table.rows.count) rows" + (headings.isEmpty ? "" : "; columns: " + headings.joined(separator: ", "))
        xml += "<w:tblCaption w:val=\"\(XMLText.escape(name))\"/><w:tblDescription w:val=\"\(XMLText.escape(description))\"/>"
        xml += "</w:tblPr><w:tblGrid>"
        for column in widths.isEmpty ? [width] : widths { xml += "<w:gridCol w:w=\"\(column)\"/>" }
        xml += "</w:tblGrid>"
        // The header rows repeat at the top of every page the table runs onto.
        let spans = table.groupSpans
        if spans.contains(where: { $0.group != nil }) {
            // A group heading spans its columns; a column of no group spans both header rows.
            xml += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
            for span in spans {
                if let group = span.group {
                    cell([.text(group)], right: false, bold: true, shade: true, rule: false, properties: "<w:gridSpan w:val=\"\(span.columns.count)\"/>")
                } else {
                    let column = table.columns[span.columns.lowerBound]
                    cell(column.header, right: column.alignment == .right, bold: true, shade: true, rule: false,
                         properties: "<w:vMerge w:val=\"restart\"/>")
                }
            }
            xml += "</w:tr>"
        }
        xml += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
        for span in spans {
            for c in span.columns {
                let column = table.columns[c]
                if span.group == nil && spans.contains(where: { $0.group != nil }) {
                    cell([], right: false, bold: false, shade: true, rule: false, properties: "<w:vMerge/>")
                } else {
                    cell(column.header, right: column.alignment == .right, bold: true, shade: true, rule: false)
                }
            }
        }
        if table.columns.isEmpty { cell([], right: false, bold: false, shade: true, rule: false) }
        xml += "</w:tr>"
        for row in table.rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for c in 0..<columns {
                let content = c < row.cells.count ? row.cells[c] : []
                let column = c < table.columns.count ? table.columns[c] : nil
                let emphasised = row.isEmphasised && ((c == 0 && table.rowHeaders) || (column?.holdsFigures ?? false))
                // Figures never wrap: a column too narrow for them widens instead.
                cell(content, right: column?.alignment == .right, bold: emphasised, shade: false,
                     rule: row.kind == .total || row.kind == .subtotal, noWrap: column?.holdsFigures == true)
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl>"
        write(table.notes, indent: indent)
    }

    /// One cell; its properties in the order the schema fixes (span, borders, shading, no wrap).
    private mutating func cell(_ content: [Inline], right: Bool, bold: Bool, shade: Bool, rule: Bool, properties: String = "",
                               noWrap: Bool = false) {
        xml += "<w:tc><w:tcPr>" + properties
        if rule { xml += "<w:tcBorders><w:top w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"1B1B1B\"/></w:tcBorders>" }
        if shade { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F0F0F0\"/>" }
        if noWrap { xml += "<w:noWrap/>" }
        xml += "</w:tcPr><w:p><w:pPr>\(cellStyle)<w:spacing w:before=\"40\" w:after=\"40\"/>\(right ? "<w:jc w:val=\"right\"/>" : "")</w:pPr>"
        runs(content, properties: bold ? "<w:b/>" : "")
        xml += "</w:p></w:tc>"
    }
}
