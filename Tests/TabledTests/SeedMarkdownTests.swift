import Tabled
import Testing
import TabledCheck
import TabledModel

/// The seed papers' tables, as plain Markdown, get the verdict a hand check gives.
@Suite struct SeedMarkdownTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        var tables: Int
        var checked: Int
        var errors: [String]
        var testDescription: String { file }
    }

    static let seeds: [Expected] = [
        Expected(file: "000-oxfordshire-annex-4c.md", tables: 1, checked: 1, errors: []),
        Expected(file: "001-oxfordshire-annex-4b.md", tables: 1, checked: 1, errors: []),
        Expected(file: "002-birmingham-notice.md", tables: 0, checked: 0, errors: []),
        Expected(file: "003-oxfordshire-cabinet.md", tables: 1, checked: 1, errors: []),
        Expected(file: "004-brent-executive.md", tables: 2, checked: 2,
                 errors: ["table.total-mismatch 539572 376961 -162611", "table.total-mismatch 539572 376961 -162611"]),
    ]

    @Test(arguments: seeds)
    func verdict(_ seed: Expected) throws {
        let text = try TestSupport.read("Tests/TabledTests/Spec/seeds/\(seed.file)")
        let result = PaperChecker.check(text, file: seed.file)
        #expect(result.verdicts.count == seed.tables)
        #expect(result.verdicts.filter(\.isChecked).count == seed.checked)
        let errors = result.diagnostics.filter { $0.severity == .error }.map {
            "\($0.id) \($0.arithmetic?.expected.decimal ?? "") \($0.arithmetic?.actual.decimal ?? "") \($0.arithmetic?.difference.decimal ?? "")"
        }
        #expect(errors == seed.errors)
        #expect(!result.diagnostics.contains { $0.severity == .warning }, "\(result.diagnostics.map(\.message))")
    }

    @Test func brentErrorsPointAtThePrintedForecasts() throws {
        let text = try TestSupport.read("Tests/TabledTests/Spec/seeds/004-brent-executive.md")
        let errors = PaperChecker.check(text, file: "b.md").diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.location.line) == [11, 21])
        #expect(errors.map(\.location.column) == [31, 32])
        let heading = "Adults' Mental Health Service Improvement – Phase 2 Options"
        #expect(errors.map(\.table) == [heading, heading + " (line 16)"])
    }
}
