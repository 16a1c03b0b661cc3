import Testing
import TabledMarkdown
import TabledWriter

/// cmark-gfm's tree becomes accessible HTML and wrapped plain text.
@Suite struct WriterTests {
    func html(_ markdown: String) -> String {
        HTMLWriter().fragment(DocumentLayout.layout(CommonMarkConverter.parse(markdown)))
    }

    func text(_ markdown: String) -> String {
        PlainTextWriter().document(DocumentLayout.layout(CommonMarkConverter.parse(markdown)))
    }

    static let table = """
    <!-- tabled:table table-1 -->

    Table 1: Contributions

    | Contributors | 2005/06 (£m) |
    |:--|--:|
    | PCTs | 26.6 |
    | **TOTAL** | **58.9** |
    """

    @Test func tablesHaveCaptionsScopesAndRightAlignedFigures() {
        let out = html(Self.table)
        #expect(out.contains("<table id=\"table-1\">\n<caption>Table 1: Contributions</caption>"))
        #expect(out.contains("<th scope=\"col\">Contributors</th><th scope=\"col\" class=\"num\">2005/06 (£m)</th>"))
        #expect(out.contains("<tr><th scope=\"row\">PCTs</th><td class=\"num\">26.6</td></tr>"))
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
        let markdown = "<!-- tabled:para 3.17 para-3-17 -->\n\n" + String(repeating: "word ", count: 40) + "\n\n<!-- tabled:end -->\n"
        #expect(html(markdown).contains("<div class=\"para\" id=\"para-3-17\"><span class=\"para-number\">3.17</span>"))
        let lines = text(markdown).split(separator: "\n")
        #expect(lines[0].hasPrefix("3.17  word"))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("      word") })
    }

    @Test func plainTextFitsSeventyTwoColumns() {
        let long = String(repeating: "The pooled budget will total fifty-nine million pounds. ", count: 20)
        let out = text("# A title\n\n" + long + "\n\n" + Self.table + "\n")
        for line in out.split(separator: "\n") { #expect(line.count <= 72, "\(line)") }
        #expect(out.contains("A title\n======="))
    }

    @Test func plainTextTablesAlignFiguresRight() {
        let out = text(Self.table + "\n")
        #expect(out.contains("Contributors  2005/06 (£m)\n------------  ------------\nPCTs                  26.6\nTOTAL                 58.9"))
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
}
