import Foundation
import TabledModel

/// Writes a laid-out paper as a complete, accessible HTML page.
public struct HTMLWriter: Sendable {
    /// What the page shell needs besides the body.
    public struct Page: Sendable {
        public var title: String
        public var stylesheet: String
        public var language: String
        /// Who the paper is from: the PDF's author, and a page's.
        public var author: String?

        public init(title: String, stylesheet: String, language: String = "en-GB", author: String? = nil) {
            self.title = title
            self.stylesheet = stylesheet
            self.language = language
            self.author = author
        }
    }

    /// Added to every heading level: a paper inside a pack starts at h2, under the pack's h1.
    public var headingOffset: Int
    /// Put before every id and every in-page link, so papers joined in one pack keep their anchors apart.
    public var idPrefix: String
    /// Put before every table's region name ("Item 5: Table 1: …"), so that two papers in one
    /// pack with the same captions still name their regions apart.
    public var regionPrefix = ""

    public init(headingOffset: Int = 0, idPrefix: String = "") {
        self.headingOffset = headingOffset
        self.idPrefix = idPrefix
    }

    public func page(_ page: Page, body: [Block]) -> String {
        document(page, bodyHTML: "<main>\n" + fragment(body) + "</main>\n")
    }

    /// A meeting's pack as one page: a skip link to the items of business, the cover and the
    /// front sheet, then each item in a section of its own, headings a level down under the
    /// pack's and ids prefixed with the section's, so papers joined in one page keep their anchors apart.
    /// Each item's `label` ("Item 5") names its tables' regions apart from another item's.
    public func pack(_ page: Page, cover: [Block], front: [Block], items: [(anchor: String, label: String?, blocks: [Block])]) -> String {
        var body = "<a class=\"skip-link\" href=\"#contents\">Skip to the items of business</a>\n<main>\n"
        body += fragment(cover)
        body += "<div class=\"pack-front\">\n" + fragment(front) + "</div>\n"
        for item in items {
            body += "<section class=\"pack-item\"\(idAttribute(item.anchor))>\n"
            var writer = HTMLWriter(headingOffset: headingOffset + 1, idPrefix: idPrefix + item.anchor + "-")
            writer.regionPrefix = item.label.map { $0 + ": " } ?? ""
            body += writer.fragment(item.blocks)
            body += "</section>\n"
        }
        body += "</main>\n"
        return document(page, bodyHTML: body)
    }

    /// A complete page around body HTML this writer made.
    public func document(_ page: Page, bodyHTML: String) -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="\(escapeAttribute(page.language))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Tabled">\(page.author.map { "\n<meta name=\"author\" content=\"\(escapeAttribute($0))\">" } ?? "")
        <title>\(escape(page.title))</title>
        <style>
        \(page.stylesheet.replacingBytes("</", with: "<\\/"))</style>
        </head>
        <body>

        """
        out += bodyHTML
        out += "</body>\n</html>\n"
        return out
    }

    /// The body alone, for packs that join several papers in one page.
    public func fragment(_ body: [Block]) -> String {
        var out = ""
        for block in body { write(block, into: &out) }
        return out
    }

    private func idAttribute(_ anchor: String?) -> String {
        guard let anchor, !anchor.isEmpty else { return "" }
        return " id=\"\(escapeAttribute(idPrefix + anchor))\""
    }

    private func write(_ block: Block, into out: inout String) {
        switch block {
        case .paragraph(let inlines, let anchor):
            out += "<p\(idAttribute(anchor))>\(html(inlines))</p>\n"
        case .heading(let level, let inlines, let anchor):
            let level = min(max(level + headingOffset, 1), 6)
            out += "<h\(level)\(idAttribute(anchor))>\(html(inlines))</h\(level)>\n"
        case .list(let list):
            let tag = list.ordered ? "ol" : "ul"
            let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
            out += "<\(tag)\(start)>\n"
            for item in list.items {
                out += "<li>"
                if list.tight, item.count == 1, case .paragraph(let inlines, _) = item[0] {
                    out += html(inlines)
                } else {
                    out += "\n"
                    for inner in item {
                        if list.tight, case .paragraph(let inlines, _) = inner {
                            out += html(inlines) + "\n"
                        } else {
                            write(inner, into: &out)
                        }
                    }
                }
                out += "</li>\n"
            }
            out += "</\(tag)>\n"
        case .blockQuote(let blocks):
            out += "<blockquote>\n"
            for inner in blocks { write(inner, into: &out) }
            out += "</blockquote>\n"
        case .codeBlock(_, let text):
            out += "<pre><code>\(escape(text))</code></pre>\n"
        case .thematicBreak:
            out += "<hr>\n"
        case .table(let table):
            writeTable(table, into: &out)
            for note in table.notes { write(note, into: &out) }
        case .numbered(let number, let anchor, let contents):
            out += "<div class=\"para\"\(idAttribute(anchor))><span class=\"para-number\">\(escape(number))</span>"
            out += "<div class=\"para-body\">\n"
            for inner in contents { write(inner, into: &out) }
            out += "</div></div>\n"
        case .division(let role, let contents):
            out += "<div class=\"\(escapeAttribute(role.name))\">\n"
            for inner in contents { write(inner, into: &out) }
            out += "</div>\n"
        case .rawHTML:
            // Raw HTML never reaches output.
            break
        }
    }

    /// A column's header cell; one with no words is an empty data cell, as a header that names
    /// nothing would be read out as nothing.
    private func headerCell(_ header: [Inline], attributes: String) -> String {
        let words = html(header)
        return header.plainText.contains(where: { !$0.isWhitespace }) ? "<th scope=\"col\"\(attributes)>\(words)</th>" : "<td\(attributes)></td>"
    }

    /// Rows of figures an A4 page holds under a caption and header, with room for wrapped labels.
    static let rowsOnAPage = 28

    private func writeTable(_ table: TableBlock, into out: inout String) {
        func cellClass(_ column: Int) -> String {
            guard column < table.columns.count else { return "" }
            switch table.columns[column].alignment {
            case .right: return " class=\"num\""
            case .center: return " class=\"centre\""
            default: return ""
            }
        }
        // A named region that scrolls on its own when the table is wider than the page; it takes
        // focus so a keyboard can scroll it too.
        let name = regionPrefix + (table.caption.isEmpty ? "Table" : table.caption.plainText)
        // Print sets wide tables smaller, and the widest on a landscape page (paper.css).
        var width = table.columns.count >= 11 ? " very-wide" : (table.columns.count >= 8 ? " wide" : "")
        // A table longer than a page starts where it stands and runs on, its header repeated;
        // a shorter one is kept whole (paper.css).
        if table.rows.count > Self.rowsOnAPage { width += " long" }
        out += "<div class=\"table-box\(width)\" role=\"region\" aria-label=\"\(escapeAttribute(name))\" tabindex=\"0\">\n"
        out += "<table\(idAttribute(table.anchor))>\n"
        if !table.caption.isEmpty { out += "<caption>\(html(table.caption))</caption>\n" }
        out += "<thead>\n<tr>"
        let spans = table.groupSpans
        if spans.contains(where: { $0.group != nil }) {
            // Two header rows: each group spans its columns; a column of no group spans both rows.
            for span in spans {
                if let group = span.group {
                    out += "<th scope=\"colgroup\" colspan=\"\(span.columns.count)\">\(escape(group))</th>"
                } else {
                    let c = span.columns.lowerBound
                    out += headerCell(table.columns[c].header, attributes: " rowspan=\"2\"" + cellClass(c))
                }
            }
            out += "</tr>\n<tr>"
            for span in spans where span.group != nil {
                for c in span.columns { out += headerCell(table.columns[c].header, attributes: cellClass(c)) }
            }
        } else {
            for (c, column) in table.columns.enumerated() {
                out += headerCell(column.header, attributes: cellClass(c))
            }
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for c in table.columns.indices {
                let cell = c < row.cells.count ? row.cells[c] : []
                let isRowHeader = c == 0 && table.rowHeaders
                // Totals stand out in their label and figures, not in a column of words.
                // Appended piece by piece: a table is most of a page's cells, and an
                // interpolated string per cell was a string made only to be copied.
                let strong = row.isEmphasised && !cell.isEmpty && (isRowHeader || table.columns[c].holdsFigures)
                out += isRowHeader ? "<th scope=\"row\"" : "<td"
                out += cellClass(c)
                out += strong ? "><strong>" : ">"
                out += html(cell)
                out += strong ? "</strong>" : ""
                out += isRowHeader ? "</th>" : "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
    }

    func html(_ inlines: [Inline]) -> String {
        inlines.map(html).joined()
    }

    private func html(_ inline: Inline) -> String {
        switch inline {
        case .text(let text): return escape(text)
        case .softBreak: return "\n"
        case .lineBreak: return "<br>\n"
        case .code(let code): return "<code>\(escape(code))</code>"
        case .emphasis(let inner): return "<em>\(html(inner))</em>"
        case .strong(let inner): return "<strong>\(html(inner))</strong>"
        case .strikethrough(let inner): return "<del>\(html(inner))</del>"
        case .link(let destination, let title, let inner):
            guard LinkPolicy.isAllowed(destination) else { return html(inner) }
            let titleAttribute = title.isEmpty ? "" : " title=\"\(escapeAttribute(title))\""
            let target = destination.hasPrefix("#") ? "#" + idPrefix + destination.dropFirst() : destination
            return "<a href=\"\(escapeAttribute(target))\"\(titleAttribute)>\(html(inner))</a>"
        case .image(let source, let title, let alt):
            guard LinkPolicy.isAllowed(source) else { return escape(alt.plainText) }
            let titleAttribute = title.isEmpty ? "" : " title=\"\(escapeAttribute(title))\""
            return "<img src=\"\(escapeAttribute(source))\" alt=\"\(escapeAttribute(alt.plainText))\"\(titleAttribute)>"
        case .rawHTML:
            return ""
        }
    }

    public func escape(_ text: String) -> String {
        Self.escaped(text, quotes: false)
    }

    func escapeAttribute(_ text: String) -> String {
        Self.escaped(text, quotes: true)
    }

    /// The text with `&`, `<`, `>` (and `"` for an attribute) as entities, worked on its
    /// bytes: every one of them is ASCII, so no other character is touched.
    private static func escaped(_ text: String, quotes: Bool) -> String {
        var text = text
        let out: [UInt8]? = text.withUTF8 { bytes in
            guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || (quotes && $0 == 0x22) }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            for byte in bytes {
                switch byte {
                case 0x26: out += "&amp;".utf8
                case 0x3C: out += "&lt;".utf8
                case 0x3E: out += "&gt;".utf8
                case 0x22 where quotes: out += "&quot;".utf8
                default: out.append(byte)
                }
            }
            return out
        }
        return out.map { String(decoding: $0, as: UTF8.self) } ?? text
    }
}
