import Testing
import TabledModel
@testable import TabledReader

/// A ruled table printed from Word: every row between rules, its long labels wrapped in their
/// cells with each line starting in capitals. From the words alone the second line of a label
/// is a row of its own; with the rules MuPDF traces, it is its row's next line.
@Suite struct PDFRulingsTests {
    /// Poppler's word boxes for the lines, each `(top, label words, figure)`, 13.3 points apart.
    static func wordBoxes(_ lines: [(Double, String, String?)]) -> [UInt8] {
        var page = "<doc><page width=\"612\" height=\"792\"><flow>"
        for (top, label, figure) in lines {
            page += "<block><line>"
            var left = 90.0
            for word in label.split(separator: " ") {
                let right = left + Double(word.count) * 5.5
                page += "<word xMin=\"\(left)\" yMin=\"\(top)\" xMax=\"\(right)\" yMax=\"\(top + 14.3)\">\(word)</word>"
                left = right + 3
            }
            page += "</line></block>"
            if let figure {
                page += "<block><line><word xMin=\"\(340 - Double(figure.count) * 5.5)\" yMin=\"\(top)\" xMax=\"340\" yMax=\"\(top + 14.3)\">\(figure)</word></line></block>"
            }
        }
        return Array((page + "</flow></page></doc>").utf8)
    }

    static let lines: [(Double, String, String?)] = [
        (140.0, "Service", "£000"),
        (153.3, "Children's Services", "1,000"),
        (166.6, "Adult Social Care Purchasing", "2,000"),
        (179.9, "Budget Community Services", nil),
        (193.2, "Public Health", "500"),
        (206.5, "Subtotal People", "3,500"),
        (219.8, "Highways", "700"),
        (233.1, "Total", "4,200"),
    ]

    /// A rule above each row and under the last, as Word's "Table Grid" draws them, and none
    /// between a label's two lines.
    static let rules = Array("""
        p 1
        h 139.75 84.85 516.35
        h 153.15 84.85 516.35
        h 166.45 84.85 516.35
        h 192.55 84.85 516.35
        h 205.85 84.85 516.35
        h 219.25 84.85 516.35
        h 232.55 84.85 516.35
        h 245.95 84.85 516.35
        v 300.60 140.00 245.70
        """.utf8)

    static func labels(_ reading: PaperReading) -> [String] {
        reading.paper.tables.first?.printed?.rows.map { $0[0].text } ?? []
    }

    @Test func theRulesJoinAWrappedLabelToItsRow() {
        let reading = PDFPaperReader.read(wordBoxes: Self.wordBoxes(Self.lines), rulings: PageRulings.read(Self.rules), file: "t.pdf")
        #expect(Self.labels(reading) == ["Children's Services", "Adult Social Care Purchasing Budget Community Services", "Public Health",
                                         "Subtotal People", "Highways", "Total"])
    }

    @Test func withoutRulesTheSecondLineIsARowOfItsOwn() {
        let reading = PDFPaperReader.read(wordBoxes: Self.wordBoxes(Self.lines), file: "t.pdf")
        #expect(Self.labels(reading).contains("Budget Community Services"))
    }

    @Test func aRuleDownTheTablePartsWordsThatStandClose() {
        let words = [PDFPaperReader.Word(text: "Total", left: 280, top: 200, right: 299, bottom: 210),
                     PDFPaperReader.Word(text: "4,200", left: 302, top: 200, right: 320, bottom: 210)]
        #expect(PDFPaperReader.segments(of: words).count == 1)
        #expect(PDFPaperReader.segments(of: words, rulings: PageRulings.read(Self.rules)[1]!).count == 2)
    }

    @Test func malformedLinesAreIgnoredAndABusyPageIsReadWithoutRules() {
        let read = PageRulings.read(Array("p 1\nh 1 2\nh x 1 2\nv 5 9 3\nh 10 0 100\np 0\nq 1 2 3\np 2\n".utf8)
                                    + Array(String(repeating: "h 5 0 9\n", count: PageRulings.mostRules + 1).utf8))
        #expect(read[1]?.horizontal.count == 1)
        #expect(read[1]?.vertical.isEmpty == true)
        #expect(read[2] == nil)
    }
}
