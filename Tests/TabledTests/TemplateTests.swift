import Foundation
import Testing
import Mustache
@testable import TabledPresent

/// The templates print only what the view model has, escaped for Markdown.
@Suite struct TemplateTests {
    @Test func everyVariableInEveryTemplateExists() {
        let problems = TemplateVariableCheck.all(TemplateSet.defaults.mustacheTemplates)
        #expect(problems.isEmpty, "\(problems)")
    }

    /// The renderer walks only a council's own partials, so the defaults' are walked here.
    @Test func everyDefaultPartialExistsAndNoneIncludesItself() {
        let partials = PartialGraph(templates: TemplateSet.defaults.mustacheTemplates)
        #expect(partials.cycle() == nil)
        #expect(partials.missing() == nil)
        #expect(partials.includes["report"] == ["section", "recommendations"])
    }

    @Test func aMisspeltVariableIsFoundWithItsLine() {
        var templates = TemplateSet.defaults.mustacheTemplates
        templates["facts"] = "{{! facts }}\n{{#facts}}\n- {{nmae}}: {{value}}\n{{/facts}}\n"
        #expect(TemplateVariableCheck.all(templates) == [.init(template: "facts", line: 3, variable: "nmae")])
    }

    @Test func aMisspeltVariableInAnAgendaTemplateIsFound() {
        var templates = TemplateSet.defaults.mustacheTemplates
        templates["agenda-item"] = "**{{titel}}**\n"
        #expect(TemplateVariableCheck.all(templates) == [.init(template: "agenda-item", line: 1, variable: "titel")])
    }

    @Test func aCouncilTemplateNamingAMissingVariableIsRefused() {
        let set = TemplateSet.defaults.overriding(with: ["masthead.md.mustache": "{{#meeting}}{{bodyy}}{{/meeting}}\n"])
        #expect(throws: TemplateRenderer.TemplateError.self) { try TemplateRenderer(templates: set) }
    }

    /// Each default is parsed with the comment that heads it emptied; Mustache prints the same.
    @Test func aDefaultIsParsedWithoutItsHeadingCommentAndPrintsTheSame() throws {
        _ = MarkdownContentType.registered
        var stripped = 0
        for (name, text) in TemplateSet.defaults.mustacheTemplates {
            let parsable = TemplateRenderer.parsable(text, named: name)
            #expect(parsable.hasPrefix("{{!}}") && text.hasSuffix(parsable.dropFirst(3)) && parsable.count < text.count, "\(name)")
            stripped += text.count - parsable.count
            let view = AgendaTemplates.holds(name) ? MustacheView(AgendaView.sample) : MustacheView(ReportView.sample)
            let whole = try MustacheTemplate(string: MarkdownContentType.pragma + text).render(view)
            let parsed = try MustacheTemplate(string: MarkdownContentType.pragma + parsable).render(view)
            #expect(whole == parsed, "\(name)")
            #expect(!parsed.isEmpty || name.contains("exempt"), "\(name) printed nothing from the sample")
        }
        #expect(stripped > 1_000)
    }

    @Test func aCouncilsOwnTemplateIsParsedAsWritten() {
        let own = "{{! our masthead }}\n**{{title}}**\n"
        #expect(TemplateRenderer.parsable(own, named: "masthead") == own)
        #expect(TemplateRenderer.parsable(own, named: "tabled-masthead") == own)
        // A comment that shares its line with text is not standing alone: kept.
        let report = DefaultTemplates.files["report.md.mustache"]!
        #expect(TemplateRenderer.parsable("x" + report, named: "report") == "x" + report)
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

    @Test func noTemplateCarriesLayoutComments() {
        for (name, text) in DefaultTemplates.files { #expect(!text.contains("<!--"), "\(name)") }
    }

    @Test func valuesAreEscapedForMarkdown() throws {
        let renderer = try TemplateRenderer()
        var view = ReportView.sample
        view.title = "*Not* [a link](javascript:x) <b>"
        let markdown = try #require(renderer.render(view, template: "report"))
        #expect(markdown.contains("# \\*Not\\* \\[a link\\](javascript:x) \\<b\\>"))
    }

    /// cmark-gfm's autolinker reads raw text: a URL in a value keeps no backslashes.
    @Test func urlsInValuesAreNotEscaped() throws {
        let renderer = try TemplateRenderer()
        var view = ReportView.sample
        view.title = "See https://www.example.gov.uk/papers-2026"
        let markdown = try #require(renderer.render(view, template: "report"))
        #expect(markdown.contains("# See https://www.example.gov.uk/papers-2026"))
    }

    @Test(arguments: [("- not a list", "\\- not a list"), ("1. not a list", "1\\. not a list"), ("# not a heading", "\\# not a heading"),
                      ("a - b. 1. c", "a - b. 1. c")])
    func markersAreEscapedWhereAValueStarts(_ value: String, _ escaped: String) {
        #expect(MarkdownContentType.escape(value) == escaped)
    }

    @Test func partialsAreEscapedForMarkdownToo() throws {
        let renderer = try TemplateRenderer()
        var view = ReportView.sample
        view.facts[0].value = "Costs | *net*"
        let markdown = try #require(renderer.render(view, template: "facts"))
        #expect(markdown.contains("Costs \\| \\*net\\*"))
        #expect(!markdown.contains("&amp;") && !markdown.contains("&lt;"))
    }

    /// A value cannot print the placement marker, so it cannot place a block.
    @Test func valuesCannotForgeAPlacement() throws {
        let renderer = try TemplateRenderer()
        var view = ReportView.sample
        view.title = "\u{FFFC}0\u{FFFC}"
        let markdown = try #require(renderer.render(view, template: "report"))
        #expect(markdown.contains("# 0\n"))
    }
}
