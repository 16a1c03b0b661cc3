import Foundation
import Testing
@testable import TabledPresent

/// The templates print only what the view model has, escaped for Markdown.
@Suite struct TemplateTests {
    /// Every field filled and every list non-empty, so the walk reaches every tag.
    static let sample: ReportView = {
        let table = TableView(anchor: "table-1", number: "Table 1", caption: "C",
                              header: [HeaderCellView(text: "h", delimiter: "--:")],
                              rows: [RowView(cells: [CellView(text: "1", strong: true)])], note: "n")
        let paragraph = ParagraphView(number: "1.1", anchor: "para-1-1", text: "t", table: table)
        let section = SectionView(number: "1.", anchor: "section-1", title: "S", paragraphs: [paragraph])
        return ReportView(
            title: "T", label: "Annex 1", council: "Council",
            meeting: MeetingView(body: "Cabinet", date: "1 May 2026", weekday: "Friday", item: "7", reference: "R"),
            from: "F", facts: [FactView(name: "n", value: "v")], hasFacts: true,
            exempt: ExemptView(paragraphs: "3", reason: "r"),
            summary: section,
            recommendations: RecommendationsView(number: "2.", anchor: "section-2", title: "Recommendations", lead: "l", items: [paragraph]),
            finalRecommendations: RecommendationsView(number: nil, anchor: "section-9", title: "Recommendations", lead: "l", items: [paragraph]),
            sections: [section], implications: [section],
            signed: SignatoryView(name: "N", role: "R"),
            backgroundPapers: BackgroundPapersView(items: ["p"], none: false),
            contacts: [ContactView(name: "N", role: "R", phone: "P", email: "E")], hasContacts: true,
            appendices: [AppendixView(number: "Appendix A", anchor: "appendix-a", title: "A", file: "f")], hasAppendices: true,
            published: "May 2026")
    }()

    @Test func everyVariableInEveryTemplateExists() {
        var check = TemplateVariableCheck(templates: TemplateSet.defaults.mustacheTemplates)
        check.check("report", sample: Self.sample)
        #expect(check.problems.isEmpty, "\(check.problems)")
    }

    @Test func aMisspeltVariableIsFoundWithItsLine() {
        var templates = TemplateSet.defaults.mustacheTemplates
        templates["table"] = "{{! table }}\n{{number}}: {{captoin}}\n"
        var check = TemplateVariableCheck(templates: templates)
        check.check("report", sample: Self.sample)
        #expect(check.problems == [.init(template: "table", line: 2, variable: "captoin")])
    }

    @Test func defaultTemplatesMatchTheTemplatesFolder() throws {
        let folder = TestSupport.root.appendingPathComponent("Templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(Set(names) == Set(DefaultTemplates.files.keys), "run `make templates`")
        for name in names {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(DefaultTemplates.files[name] == onDisk, "\(name) is stale: run `make templates`")
        }
    }

    @Test func valuesAreEscapedForMarkdown() throws {
        let renderer = try MarkdownRenderer()
        var view = Self.sample
        view.title = "*Not* [a link](javascript:x) <b>"
        let markdown = try #require(renderer.render(view, template: "report"))
        #expect(markdown.contains("# \\*Not\\* \\[a link\\]\\(javascript:x\\) \\<b\\>"))
    }

    @Test func partialsAreEscapedForMarkdownToo() throws {
        let renderer = try MarkdownRenderer()
        var view = Self.sample
        view.sections[0].paragraphs[0].table?.caption = "Costs | *net*"
        let markdown = try #require(renderer.render(view, template: "report"))
        #expect(markdown.contains("Costs \\| \\*net\\*"))
        #expect(!markdown.contains("&amp;") && !markdown.contains("&lt;"))
    }
}
