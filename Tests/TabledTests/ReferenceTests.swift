import Testing
import Tabled
import TabledModel

/// Cross-references and quoted figures always follow what they name.
@Suite struct ReferenceTests {
    static let paper = """
    meeting: {body: Executive, date: 2014-02-17}
    title: References
    summary: A summary.
    recommendations:
      lead: Executive is recommended –
      lead_numbered: true
      items:
        - {id: transformation, text: To approve the transformation work.}
        - {id: short_s75, text: To enter into a short term section 75 agreement.}
        - id: exemption
          text: To award the agreement referred to in {{ref:short_s75}}, for the reasons in {{ref:reasons}}.
    sections:
      - title: Report
        paragraphs:
          - First.
          - id: reasons
            text: The reasons, with the figures in {{ref:overspend}}; the total is {{table:overspend.total}}.
          - table: overspend
    figures:
      spend: {value: 7, unit: £m}
    tables:
      - id: overspend
        caption: Overspend
        unit: £
        columns: [2013-14]
        rows:
          - [Opening, "996,467"]
          - [Savings, "(820,232)"]
          - {label: Position, total: sum, values: [""]}
    """

    func text(_ yaml: String) throws -> String {
        let outcome = try PaperRenderer().render(yaml, file: "r.yaml")
        return try #require(outcome.paper, "\(outcome.diagnostics.map(\.message))").text
    }

    @Test func referencesPrintTheirTargetsNumbers() throws {
        let out = try text(Self.paper)
        #expect(out.contains("2.4   To award the agreement referred to in recommendation 2.3, for the\n      reasons in paragraph 3.2."))
        #expect(out.contains("Table 1; the total is £176,235."))
    }

    @Test func referencesFollowWhenSectionsMove() throws {
        let moved = Self.paper.replacingOccurrences(of: "      - First.\n", with: "      - First.\n      - Second.\n")
        let out = try text(moved)
        #expect(out.contains("reasons in paragraph 3.3."))
    }

    @Test func aLabelToTheWrongItemShowsThatItemsNumber() throws {
        // Brent's mistake, written as a label: it prints the number of the item it names.
        let wrong = Self.paper.replacingOccurrences(of: "referred to in {{ref:short_s75}}", with: "referred to in {{ref:transformation}}")
        #expect(try text(wrong).contains("referred to in recommendation 2.2,"))
    }

    @Test func referencesAreLinksInHTML() throws {
        let html = try #require(try PaperRenderer().render(Self.paper, file: "r.yaml").paper).html
        #expect(html.contains("<a href=\"#rec-2-3\">recommendation 2.3</a>"))
        #expect(html.contains("<a href=\"#para-3-2\">paragraph 3.2</a>"))
        #expect(html.contains("id=\"rec-2-3\""))
        #expect(html.contains("<table id=\"table-1\">"))
    }

    @Test func unknownLabelSuggestsTheNearest() throws {
        let bad = Self.paper.replacingOccurrences(of: "{{ref:reasons}}", with: "{{ref:reason}}")
        let diagnostics = PaperRenderer.check(bad, file: "r.yaml").diagnostics
        let d = try #require(diagnostics.first { $0.id == "ref.unknown" })
        #expect(d.message == "there is no label 'reason' to refer to")
        #expect(d.notes.first?.message == "did you mean 'reasons'?")
        #expect(try PaperRenderer().render(bad, file: "r.yaml").paper == nil)
    }

    @Test func duplicatedLabelsAreErrors() throws {
        let bad = Self.paper.replacingOccurrences(of: "{id: short_s75,", with: "{id: transformation,")
        let ids = PaperRenderer.check(bad, file: "r.yaml").diagnostics.map(\.id)
        #expect(ids.contains("report.duplicate-id"))
    }

    @Test func unknownTableCellIsAnError() throws {
        let bad = Self.paper.replacingOccurrences(of: "{{table:overspend.total}}", with: "{{table:overspend.closing}}")
        let ids = PaperRenderer.check(bad, file: "r.yaml").diagnostics.map(\.id)
        #expect(ids == ["ref.unknown"])
    }

    @Test func aStaleCopyOfAFigureIsAWarning() throws {
        let stale = Self.paper.replacingOccurrences(of: "      - First.\n", with: "      - We spend about £7.05m a year.\n")
        let diagnostics = PaperRenderer.check(stale, file: "r.yaml").diagnostics
        #expect(diagnostics.map(\.id) == ["ref.stale-figure"])
        #expect(diagnostics.first?.notes.first?.location?.line == 20)
        let fine = Self.paper.replacingOccurrences(of: "      - First.\n", with: "      - We spend about £7m, or £7.0m.\n")
        #expect(PaperRenderer.check(fine, file: "r.yaml").diagnostics.isEmpty)
    }
}
