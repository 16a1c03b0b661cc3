import Foundation
import Testing

/// Twenty-five papers made as councils make them (Tests/Published/council, written by
/// scripts/council-papers.py): Word with merged header cells, a units row, bold captions and
/// wrapped labels; the PDF LibreOffice prints from it; council-website HTML, and that HTML
/// printed by WeasyPrint (figures set in the middle of a wrapped label, columns a space apart,
/// headings flush left over figures flush right). Budgets, a council tax resolution, parish
/// bands and precepts, prudential indicators, a police budget, a fire authority's capital
/// programme, an NHS trust's income statement, school balances, reserves, budget monitoring
/// with a % column, pension fund assets, a capital programme with its financing, and an
/// 80-row budget book over three pages, and grants whose total row is pushed alone onto the
/// next page (in the LibreOffice print of one, the WeasyPrint print of the other), and a
/// budget with footnote markers set as superscript after its figures and labels, and a
/// capital programme numbered by scheme, its "Total" under an empty number, and a statement
/// of accounts' income and expenditure statement, movement in reserves and cash flows, and
/// budget monitoring in whole pounds in columns too narrow for them (LibreOffice cuts each
/// figure over two lines), a council tax base with its ratios as text between the figures, and
/// a note of earmarked reserves over two years in columns. Each correct and with a wrong figure
/// seeded in: every correct form passes, and every seeded error is found where it was seeded
/// (or at the total it makes wrong, where nothing else states it), in every form; where the
/// total adds the misprint, the total's own balance fails too.
@Suite struct CouncilPaperTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var file: String
        var exit: Int32
        var errors: Int
        var place: String
        var id: String
        var testDescription: String { file }
    }

    static let folder = CLI.root.appendingPathComponent("Tests/Published/council")

    static let expectations: [Expectation] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("expected.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 5, let exit = Int32(f[1]), let errors = Int(f[2]) else { return nil }
            return Expectation(file: f[0], exit: exit, errors: errors, place: f[3], id: f[4])
        }
    }()

    @Test func everyPaperIsThereInWordPDFAndHTML() {
        #expect(Self.expectations.count == 200)
        let files = Set(CLI.files(in: Self.folder).filter { $0 != "expected.tsv" })
        #expect(files == Set(Self.expectations.map(\.file)))
    }

    /// The seeded error names its row as printed in every form, though WeasyPrint sets the
    /// figures in the middle of a label of four lines, and LibreOffice at the top of two.
    @Test(arguments: ["mirs-wrong.docx", "mirs-wrong.html", "mirs-wrong.pdf", "mirs-wrong-weasyprint.pdf"])
    func theWrongFigureIsNamedByItsWholeLabel(_ file: String) throws {
        let run = try CLI.run(["check", file], in: Self.folder)
        let error = run.stderr.split(separator: "\n").first { $0.contains(": error: ") } ?? ""
        #expect(error.contains("row 7 'Total comprehensive income and expenditure' in column 'General Fund Balance £000' says 5,692"), "\(error)")
    }

    @Test(arguments: expectations)
    func checkFindsTheSeededErrorsAndNothingElse(_ paper: Expectation) throws {
        let run = try CLI.run(["check", paper.file], in: Self.folder)
        #expect(!run.crashed)
        #expect(run.status == paper.exit, "\(run.stderr)")
        let errors = run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == paper.errors, "\(run.stderr)")
        #expect(!run.stderr.contains(": warning: "), "a correct figure warned about: \(run.stderr)")
        if let first = errors.first {
            #expect(first.hasPrefix("\(paper.file):\(paper.place): error: ") && first.hasSuffix("[\(paper.id)]"), "\(first)")
        }
    }
}
