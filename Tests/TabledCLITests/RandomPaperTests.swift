import Foundation
import Testing

/// Budget tables drawn at random (Tests/Published/random, written by
/// scripts/random-budget-papers.py) in every form a council publishes: Word, the PDF
/// LibreOffice prints from it, the web page and WeasyPrint's print of it. One to four year
/// columns, a variance column, groups with "Total …" subtotals, labels that wrap, dashes for
/// nothing; spending less income to a net figure, a reserve's balance, long tables over
/// pages, £m rounded from exact pounds, tables without borders; a Total column under a group
/// heading, nine months set tight, a % column, two label columns. A correct paper passes with
/// every table checked and nothing said (a rounded one at most a rounding warning); a paper
/// with one total made wrong fails, first on that total's row.
@Suite struct RandomPaperTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var file: String
        var exit: Int32
        /// The label of the row whose total was made wrong; nil for a correct paper.
        var wrongRow: String?
        /// Figures rounded from exact pounds: a rounding warning is within the rule.
        var rounded: Bool
        var testDescription: String { file }
    }

    static let folder = CLI.root.appendingPathComponent("Tests/Published/random")

    static let expectations: [Expectation] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 4, let exit = Int32(f[1]) else { return nil }
            return Expectation(file: f[0], exit: exit, wrongRow: f[2] == "-" ? nil : f[2], rounded: f[3] == "rounded")
        }
    }()

    @Test func everyPaperIsThereInEveryForm() {
        #expect(Self.expectations.count == 184)
        let files = Set(CLI.files(in: Self.folder).filter { $0 != "expected.tsv" })
        #expect(files == Set(Self.expectations.map(\.file)))
    }

    @Test(arguments: expectations)
    func aCorrectPaperPassesAndAWrongTotalIsFoundFirst(_ paper: Expectation) throws {
        let run = try CLI.run(["check", paper.file], in: Self.folder)
        #expect(!run.crashed)
        #expect(run.status == paper.exit, "\(run.stderr)")
        let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        if let row = paper.wrongRow {
            #expect(errors.first?.contains("'\(row)'") == true, "\(run.stderr)")
        } else {
            let warnings = run.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
            #expect(errors.isEmpty && warnings.allSatisfy { paper.rounded && $0.hasSuffix("[table.rounding-difference]") }, "\(run.stderr)")
            #expect(run.stdout.contains(": 1 table, 1 checked,"), "\(run.stdout)")
        }
    }
}
