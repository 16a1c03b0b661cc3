import Testing
import Tabled
import TabledModel
import TabledWriter

/// Every writer takes any table shape without a trap: 1 to 30 columns, empty and very long
/// labels, text columns, every row kind, short rows, narrow pages.
@Suite struct WriterPropertyTests {
    static func words(_ generator: inout SeededGenerator) -> [Inline] {
        switch Int.random(in: 0...5, using: &generator) {
        case 0: return []
        case 1: return [.text(String(repeating: "x", count: Int.random(in: 1...120, using: &generator)))]
        case 2: return [.text("Transport & Highways, <b>\"quoted\"</b> | pipes")]
        case 3: return [.text(String(repeating: "word ", count: Int.random(in: 1...30, using: &generator)))]
        case 4: return [.strong([.text("(1,234.5)")]), .softBreak, .text("£m")]
        default: return [.text("\(Int.random(in: -999_999...999_999, using: &generator))")]
        }
    }

    static func table(_ generator: inout SeededGenerator) -> TableBlock {
        let count = Int.random(in: 1...30, using: &generator)
        let columns = (0..<count).map { _ in
            let figures = Bool.random(using: &generator)
            return TableBlock.Column(header: words(&generator), alignment: figures ? .right : .left, holdsFigures: figures)
        }
        let kinds: [TableBlock.Row.Kind] = [.data, .heading, .subtotal, .total, .calculated]
        let rows = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
            // Rows may be short or long: writers pad and ignore, never index past the end.
            TableBlock.Row(kind: kinds.randomElement(using: &generator)!,
                           cells: (0..<Int.random(in: 0...(count + 2), using: &generator)).map { _ in words(&generator) })
        }
        return TableBlock(anchor: Bool.random(using: &generator) ? "table-1" : nil, caption: words(&generator), columns: columns,
                          rows: rows, rowHeaders: Bool.random(using: &generator),
                          notes: Bool.random(using: &generator) ? [.paragraph([.text("* a note")])] : [])
    }

    @Test func randomTablesThroughEveryWriter() {
        var generator = SeededGenerator(seed: 20261124)
        for _ in 0..<2_000 {
            let table = Self.table(&generator)
            // Nested a few levels deep, so the text writer lays it out in a narrow space too.
            var block = Block.table(table)
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                block = Bool.random(using: &generator) ? .blockQuote([block]) : .numbered(number: "12.34", anchor: nil, [block])
            }
            let html = HTMLWriter().fragment([block])
            let text = PlainTextWriter(width: Int.random(in: 1...100, using: &generator)).document([block])
            let markdown = MarkdownWriter().document([block])
            #expect(html.hasPrefix("<") && !text.isEmpty && !markdown.isEmpty)
            #expect(!html.contains("<b>"), "values are escaped")
        }
    }

    /// The same through the real pipeline: random YAML tables rendered as a paper.
    @Test func randomYAMLTablesRender() throws {
        var generator = SeededGenerator(seed: 7)
        let renderer = try PaperRenderer()
        for _ in 0..<150 {
            let count = Int.random(in: 1...30, using: &generator)
            let text = (0..<count).map { _ in Bool.random(using: &generator) }
            var lines = ["kind: annex", "title: Random", "sections:", "  - title: S", "    paragraphs:", "      - table: t",
                         "tables:", "  - id: t", "    caption: A wide table", "    unit: £000", "    columns:"]
            for (c, isText) in text.enumerated() {
                lines.append("      - {id: c\(c), label: \"Column \(c) with a long header\"\(isText ? ", text: true" : "")}")
            }
            lines.append("    rows:")
            for r in 0..<Int.random(in: 1...8, using: &generator) {
                let cells = text.map { $0 ? "\"some words here\"" : "\(Int.random(in: -999...9_999, using: &generator))" }
                let label = Bool.random(using: &generator) ? "x" : "\"Row \(r) " + String(repeating: "label ", count: r * 3) + "\""
                lines.append("      - {label: \(label), values: [\(cells.joined(separator: ", "))]}")
            }
            lines.append("      - {heading: A heading}")
            let outcome = renderer.render(lines.joined(separator: "\n") + "\n", file: "random.yaml")
            let paper = try #require(outcome.paper, "\(outcome.diagnostics.map(\.message))")
            #expect(paper.html.contains("<caption>Table 1: A wide table</caption>"))
            #expect(paper.text.contains("Table 1: A wide table"))
            #expect(paper.markdown.contains("Table 1: A wide table"))
        }
    }
}
