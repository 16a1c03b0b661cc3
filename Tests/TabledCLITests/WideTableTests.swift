import Foundation
import Testing

/// Real monitoring tables have 7 to 12 columns: every header and every figure reaches HTML,
/// plain text (within 72 columns, in continued blocks that repeat the labels) and PDF.
@Suite struct WideTableTests {
    static let fixtures = ["Tests/Fixtures/twelve-columns.yaml", "Tests/Corpus/wide-table-text-in-total.yaml"]

    /// The figures and the header words of a fixture's table, as its YAML gives them.
    static func expected(_ yaml: String) -> (figures: [String], words: [String]) {
        var figures: [String] = [], words: [String] = []
        for line in yaml.split(separator: "\n") where line.contains("- [") {
            figures += line.split(separator: "\"").filter { $0.first?.isNumber == true && $0.contains(",") }.map(String.init)
        }
        if let columns = yaml.split(separator: "\n").first(where: { $0.contains("columns: [") }) {
            words = columns.split(whereSeparator: { " [],\"".contains($0) }).filter { $0.count > 3 && $0 != "columns:" }.map(String.init)
        }
        return (figures, words)
    }

    @Test(arguments: fixtures)
    func everyHeaderAndFigureIsPrintedEverywhere(_ fixture: String) throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["render", CLI.root.appendingPathComponent(fixture).path, "--format", "html,text,pdf", "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let name = URL(fileURLWithPath: fixture).deletingPathExtension().lastPathComponent
        let yaml = try String(contentsOf: CLI.root.appendingPathComponent(fixture), encoding: .utf8)
        let (figures, words) = Self.expected(yaml)
        let text = try String(contentsOf: out.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let pdf = try CLI.pdfText(out.appendingPathComponent("\(name).pdf").path)
        let html = try String(contentsOf: out.appendingPathComponent("\(name).html"), encoding: .utf8)
        for figure in figures {
            #expect(text.contains(figure), "\(figure) is missing from the text")
            #expect(pdf.contains(figure), "\(figure) is missing from the PDF")
            #expect(html.contains(figure))
        }
        for word in words {
            #expect(text.contains(word), "header word '\(word)' is missing from the text")
            #expect(pdf.contains(word), "header word '\(word)' is missing from the PDF")
        }
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 72 }, "a text line is wider than 72 columns")
    }

    @Test func theWidestTableIsSplitIntoContinuedBlocksInText() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["render", CLI.root.appendingPathComponent(Self.fixtures[0]).path, "--format", "text", "-o", out.path])
        #expect(run.status == 0)
        let text = try String(contentsOf: out.appendingPathComponent("twelve-columns.txt"), encoding: .utf8)
        #expect(text.contains("(continued)"))
        #expect(text.components(separatedBy: "Transport & Highways").count + text.components(separatedBy: "Transport &").count > 3,
                "each block repeats the row labels")
    }

    /// Consecutive columns of one group share a spanning header in every format.
    @Test func columnGroupsSpanTheirColumnsEverywhere() throws {
        let out = try CLI.temporaryFolder()
        let run = try CLI.run(["render", CLI.root.appendingPathComponent("Tests/Fixtures/column-groups.yaml").path,
                               "--format", "html,text,docx,pdf", "-o", out.path])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("column-groups.html"), encoding: .utf8)
        #expect(html.contains("<th scope=\"colgroup\" colspan=\"3\">Actual to date</th><th scope=\"colgroup\" colspan=\"2\">Year end forecast</th>"))
        #expect(html.contains("<th scope=\"col\" rowspan=\"2\">Scheme</th>"))
        let text = try String(contentsOf: out.appendingPathComponent("column-groups.txt"), encoding: .utf8)
        #expect(text.contains("Actual to date               Year end forecast"), "\(text)")
        let document = try CLI.run(["-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())",
                                    out.appendingPathComponent("column-groups.docx").path], executable: "python3").stdout
        #expect(document.contains("<w:gridSpan w:val=\"3\"/>") && document.contains("<w:gridSpan w:val=\"2\"/>"))
        #expect(try CLI.pdfText(out.appendingPathComponent("column-groups.pdf").path).contains("Year end forecast"))
    }
}
