import Mustache
import TabledCheck
import TabledModel

/// Renders a report's view model to Markdown through the Mustache templates.
public struct MarkdownRenderer: Sendable {
    /// A template that does not parse.
    public struct TemplateError: Error, CustomStringConvertible, Sendable {
        public var template: String
        public var problem: String
        public var description: String { "template '\(template)': \(problem)" }
    }

    private let library: MustacheLibrary
    public let templates: TemplateSet

    public init(templates: TemplateSet = .defaults) throws {
        _ = MarkdownContentType.registered
        var library = MustacheLibrary()
        for (name, text) in templates.mustacheTemplates.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: MarkdownContentType.pragma + text), named: name)
            } catch {
                throw TemplateError(template: name + ".md.mustache", problem: "\(error)")
            }
        }
        guard library.getTemplate(named: "report") != nil else {
            throw TemplateError(template: "report.md.mustache", problem: "there is no report template")
        }
        // Mustache prints a misspelt variable as nothing: refuse such a template instead.
        // The defaults are checked by the test suite, so only a council's own are walked here.
        var check = TemplateVariableCheck(templates: templates.mustacheTemplates)
        if templates.files != DefaultTemplates.files {
            check.check("report", sample: ReportView.sample)
            check.check("agenda", sample: AgendaView.sample)
        }
        if let problem = check.problems.first {
            throw TemplateError(template: "\(problem.template).md.mustache",
                                problem: "line \(problem.line): '\(problem.variable)' is not in the view model, so it would print nothing")
        }
        self.library = library
        self.templates = templates
    }

    /// The paper as Markdown, with any problems resolving references in its prose.
    public func markdown(for report: Report, check: ReportCheck, style: HouseStyle = .standard) -> (markdown: String, diagnostics: [Diagnostic]) {
        var presenter = Presenter(report: report, check: check, style: style)
        let view = presenter.present()
        let markdown = library.render(view, withTemplate: "report") ?? ""
        return (markdown, presenter.diagnostics)
    }

    /// The agenda front sheet as Markdown.
    public func agendaMarkdown(for agenda: Agenda, entries: [AgendaEntry], style: HouseStyle = .standard) -> String {
        let view = AgendaPresenter(agenda: agenda, entries: entries, style: style).view()
        return library.render(view, withTemplate: "agenda") ?? ""
    }

    /// The exempt notice of a Part II item, as packs print it in place of the report.
    public static func exemptNotice(_ exempt: ExemptNotice) -> String {
        AgendaPresenter.notice(exempt)
    }

    /// Renders any view through a named template: for tests of the templates themselves.
    func render(_ view: Any, template: String) -> String? {
        library.render(view, withTemplate: template)
    }
}
