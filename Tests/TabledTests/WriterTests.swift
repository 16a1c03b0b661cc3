import Testing
import TabledMarkdown
import TabledModel
import TabledWriter

/// The document tree becomes accessible HTML and wrapped plain text.
@Suite struct WriterTests {
    func html(_ markdown: String) -> String {
        HTMLWriter().fragment(CommonMarkConverter.parse(markdown).blocks)
    }

    func text(_ markdown: String) -> String {
        PlainTextWriter().document(CommonMarkConverter.parse(markdown).blocks)
    }

    /// A checked table as the presenter hands it to the writers: typed, never pipe syntax.
    static let table = TableBlock(
        anchor: "table-1", caption: [.text("Table 1: Contributions")],
        columns: [.init(header: [.text("Contributors")], alignment: .left),
                  .init(header: [.text("2005/06 (£m)")], alignment: .right, holdsFigures: true),
                  .init(header: [.text("Comment")], alignment: .left)],
        rows: [.init(kind: .data, cells: [[.text("PCTs")], [.text("26.6")], [.text("agreed")]]),
               .init(kind: .total, cells: [[.text("TOTAL")], [.text("58.9")], [.text("to check")]])],
        rowHeaders: true)

    @Test func tablesHaveCaptionsScopesAndRightAlignedFigures() {
        let out = HTMLWriter().fragment([.table(Self.table)])
        #expect(out.contains("<table id=\"table-1\">\n<caption>Table 1: Contributions</caption>"))
        #expect(out.contains("<th scope=\"col\">Contributors</th><th scope=\"col\" class=\"num\">2005/06 (£m)</th>"))
        #expect(out.contains("<tr><th scope=\"row\">PCTs</th><td class=\"num\">26.6</td><td>agreed</td></tr>"))
    }

    /// A total row's label and figures stand out; words in a text column of it do not.
    @Test func totalRowsAreBoldInLabelAndFiguresOnly() {
        let out = HTMLWriter().fragment([.table(Self.table)])
        #expect(out.contains("<tr><th scope=\"row\"><strong>TOTAL</strong></th><td class=\"num\"><strong>58.9</strong></td><td>to check</td></tr>"))
    }

    @Test func pipeTablesInProseHaveNoRowHeaders() {
        let out = html("| a | b |\n|--|--:|\n| x | 1 |\n")
        #expect(out.contains("<tr><th scope=\"col\">a</th><th scope=\"col\" class=\"num\">b</th></tr>"))
        #expect(out.contains("<tr><td>x</td><td class=\"num\">1</td></tr>"))
    }

    @Test func rawHTMLNeverReachesOutput() {
        let out = html("<script>alert(1)</script>\n\nHello <b onclick=\"x\">there</b>\n")
        #expect(!out.contains("<script") && !out.contains("<b") && !out.contains("onclick"))
        #expect(out.contains("Hello there"))
    }

    @Test(arguments: ["javascript:alert(1)", "JaVaScRiPt:x", "java\tscript:x", "data:text/html,x", "vbscript:x"])
    func unsafeLinksKeepOnlyTheirText(_ destination: String) {
        let out = html("[click](\(destination.replacingOccurrences(of: "\t", with: "%09")))\n")
        #expect(!out.contains("href"), "\(out)")
        #expect(out.contains("click"))
    }

    @Test func safeLinksAndAnchorsStay() {
        #expect(html("[a](https://example.org/x) [b](#para-3-1) [c](mailto:x@y.org)\n").components(separatedBy: "href").count == 4)
    }

    @Test func strikethroughAndAutolinksWork() {
        let out = html("~~old~~ see https://www.example.org\n")
        #expect(out.contains("<del>old</del>"))
        #expect(out.contains("<a href=\"https://www.example.org\">"))
    }

    @Test func numberedParagraphsGetAnchorsAndHangingIndents() {
        let prose = CommonMarkConverter.parse(String(repeating: "word ", count: 40)).blocks
        let numbered = [Block.numbered(number: "3.17", anchor: "para-3-17", prose)]
        #expect(HTMLWriter().fragment(numbered).contains("<div class=\"para\" id=\"para-3-17\"><span class=\"para-number\">3.17</span>"))
        let lines = PlainTextWriter().document(numbered).split(separator: "\n")
        #expect(lines[0].hasPrefix("3.17  word"))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("      word") })
    }

    @Test func plainTextFitsSeventyTwoColumns() {
        let long = String(repeating: "The pooled budget will total fifty-nine million pounds. ", count: 20)
        let out = PlainTextWriter().document(CommonMarkConverter.parse("# A title\n\n" + long + "\n").blocks + [.table(Self.table)])
        for line in out.split(separator: "\n") { #expect(line.count <= 72, "\(line)") }
        #expect(out.contains("A title\n======="))
    }

    @Test func plainTextTablesAlignFiguresRight() {
        let out = PlainTextWriter().document([.table(Self.table)])
        #expect(out.contains("Contributors  2005/06 (£m)  Comment\n------------  ------------  --------\nPCTs                  26.6  agreed\nTOTAL                 58.9  to check"))
    }

    @Test func wideTablesWrapLabelsNeverFigures() {
        let markdown = """
        | Service | 2012/13 Budget | 2013/14 Budget | 2014/15 Budget | 2015/16 Budget |
        |:--|--:|--:|--:|--:|
        | A very long service name that cannot fit on one line of the table | 1,234,567.89 | 2,345,678.90 | 3,456,789.01 | 4,567,890.12 |
        """
        let out = text(markdown + "\n")
        for line in out.split(separator: "\n") { #expect(line.count <= 72, "\(line)") }
        for figure in ["1,234,567.89", "2,345,678.90", "3,456,789.01", "4,567,890.12"] { #expect(out.contains(figure)) }
    }

    /// cmark-gfm 0.29 is not thread-safe while parsing; the converter's lock must make it so.
    @Test func parallelParsesKeepExtensions() async {
        let markdown = "~~gone~~ and https://example.org\n\n| a | b |\n|--|--|\n| 1 | 2 |\n"
        let expected = CommonMarkConverter.parse(markdown)
        await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<64 { group.addTask { CommonMarkConverter.parse(markdown) == expected } }
            for await same in group { #expect(same) }
        }
    }

    /// The Markdown writer escapes markers only where they would start a heading or a list.
    @Test func markdownEscapesMarkersOnlyAtTheStartOfALine() {
        let blocks = CommonMarkConverter.parse("\\# not a heading, a - b + c = d\n").blocks
        let markdown = MarkdownWriter().document(blocks)
        #expect(markdown == "\\# not a heading, a - b + c = d\n")
        #expect(CommonMarkConverter.parse(markdown).blocks == blocks, "it reads back as the same tree")
    }
}
