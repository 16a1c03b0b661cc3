import Testing
import Tabled
import TabledModel
import TabledReader

/// House numbering styles, and references that follow them.
@Suite struct NumberingTests {
    static let paper = """
    meeting: {body: Cabinet, date: 2006-03-21}
    title: Numbering
    summary: A summary.
    recommendations:
      lead: The Cabinet is RECOMMENDED to
      items:
        - {id: confirm, text: "confirm the arrangements in {{ref:scope}};"}
        - {id: authorise, text: authorise completion.}
    sections:
      - title: Introduction
        paragraphs:
          - First, see {{ref:authorise}} and {{ref:extract}}.
          - Second.
      - title: Scope
        paragraphs:
          - id: scope
            text: The scope.
    appendices:
      - {id: extract, title: An extract}
    """

    func text(_ style: HouseStyle) throws -> String {
        let outcome = try PaperRenderer(style: style).render(Self.paper, file: "n.yaml")
        return try #require(outcome.paper, "\(outcome.diagnostics.map(\.message))").text
    }

    @Test func decimalIsTheStandard() throws {
        let out = try text(.standard)
        #expect(out.contains("1. Summary\n----------\n\n1.1   A summary."))
        #expect(out.contains("2.1   confirm the arrangements in paragraph 4.1;"))
        #expect(out.contains("3.1   First, see recommendation 2.2 and Appendix A."))
        #expect(out.contains("Appendix A: An extract"))
    }

    @Test func continuousWithLettersAtTheEnd() throws {
        let style = HouseStyle(paragraphs: .continuous, recommendations: .letters, appendices: .numbers, recommendationsPosition: .end)
        let out = try text(style)
        #expect(out.contains("Summary\n-------\n\n1     A summary."))
        #expect(out.contains("2     First, see recommendation (b) and Annex 1."))
        #expect(out.contains("4     The scope."))
        #expect(out.contains("5     The Cabinet is RECOMMENDED to\n\n(a)   confirm the arrangements in paragraph 4;"))
        #expect(out.range(of: "Recommendations")!.lowerBound > out.range(of: "The scope.")!.lowerBound)
        #expect(out.contains("Annex 1: An extract"))
    }

    @Test func continuousWithDecimalRecommendations() throws {
        let out = try text(HouseStyle(paragraphs: .continuous))
        #expect(out.contains("2     The Cabinet is RECOMMENDED to\n\n2.1   confirm the arrangements in paragraph 5;"))
    }

    @Test func noNumbers() throws {
        let out = try text(HouseStyle(paragraphs: .none, recommendations: .letters))
        #expect(out.contains("Summary\n-------\n\nA summary."))
        #expect(out.contains("(a)   confirm the arrangements in section 'Scope';"))
    }

    @Test func styleFilesAreReadAndCheckedLikePapers() throws {
        let good = StyleReader.read("council: Brent\nnumbering: {paragraphs: continuous, recommendations: letters}\n", file: "s.yaml")
        #expect(good.style == HouseStyle(council: "Brent", paragraphs: .continuous, recommendations: .letters))
        let bad = StyleReader.read("numbering: {paragrafs: continuous}\nnegative: red\n", file: "s.yaml")
        #expect(bad.style == nil)
        #expect(bad.diagnostics.map(\.id) == ["input.unknown-key", "input.bad-choice"])
        #expect(bad.diagnostics.first?.notes.first?.message == "did you mean 'paragraphs'?")
    }
}
