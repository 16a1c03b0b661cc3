import Foundation
import Testing
@testable import TabledPresent

/// The templates print only what the view model has, escaped for Markdown.
@Suite struct TemplateTests {
    @Test func everyVariableInEveryTemplateExists() {
        var check = TemplateVariableCheck(templates: TemplateSet.defaults.mustacheTemplates)
        check.check("report", sample: ReportView.sample)
        #expect(check.problems.isEmpty, "\(check.problems)")
    }

    @Test func aMisspeltVariableIsFoundWithItsLine() {
        var templates = TemplateSet.defaults.mustacheTemplates
        templates["table"] = "{{! table }}\n{{number}}: {{captoin}}\n"
        var check = TemplateVariableCheck(templates: templates)
        check.check("report", sample: ReportView.sample)
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
        var view = ReportView.sample
        view.title = "*Not* [a link](javascript:x) <b>"
        let markdown = try #require(renderer.render(view, template: "report"))
        #expect(markdown.contains("# \\*Not\\* \\[a link\\]\\(javascript:x\\) \\<b\\>"))
    }

    @Test func partialsAreEscapedForMarkdownToo() throws {
        let renderer = try MarkdownRenderer()
        var view = ReportView.sample
        view.sections[0].paragraphs[0].table?.caption = "Costs | *net*"
        let markdown = try #require(renderer.render(view, template: "report"))
        #expect(markdown.contains("Costs \\| \\*net\\*"))
        #expect(!markdown.contains("&amp;") && !markdown.contains("&lt;"))
    }
}
