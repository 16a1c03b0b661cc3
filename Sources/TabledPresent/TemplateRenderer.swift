import Mustache
import TabledCheck
import TabledModel

/// Renders a checked paper's view through the Mustache templates: Markdown in which each
/// typed block the templates place is a token, and the blocks themselves.
public struct TemplateRenderer: Sendable {
    /// A template that does not parse.
    public struct TemplateError: Error, CustomStringConvertible, Sendable {
        public var template: String
        public var problem: String
        public var description: String { "template '\(template)': \(problem)" }

        public init(template: String, problem: String) {
            self.template = template
            self.problem = problem
        }
    }

    private let library: MustacheLibrary
    private let agendaTemplates: AgendaTemplates
    public let templates: TemplateSet

    public init(templates: TemplateSet = .defaults) throws {
        _ = MarkdownContentType.registered
        var library = MustacheLibrary()
        var parsed: [String: MustacheTemplate] = [:]
        var deferred: [(name: String, text: String)] = []
        let defaults = templates.files == DefaultTemplates.files
        for (name, text) in templates.mustacheTemplates.sorted(by: { $0.key < $1.key }) {
            if defaults, AgendaTemplates.holds(name) {
                deferred.append((name, text))
                continue
            }
            do {
                try Self.register(text, as: name, in: &library, parsed: &parsed)
            } catch {
                throw TemplateError(template: name + ".md.mustache", problem: "\(error)")
            }
        }
        // The defaults' partials are checked by the test suite, so only a council's own are
        // walked here, as below: walking them costs a share of a one-paper run (BENCHMARKS.md).
        if templates.files != DefaultTemplates.files {
            let partials = PartialGraph(templates: templates.mustacheTemplates)
            if let chain = partials.cycle() {
                throw TemplateError(template: chain[0] + ".md.mustache",
                                    problem: "it includes itself (" + chain.joined(separator: " → ") + "), which would never end")
            }
            if let absent = partials.missing() {
                throw TemplateError(template: absent.template + ".md.mustache",
                                    problem: "it includes '\(absent.partial)', but there is no template \(absent.partial).md.mustache")
            }
        }
        guard library.getTemplate(named: "report") != nil else {
            throw TemplateError(template: "report.md.mustache", problem: "there is no report template")
        }
        // Mustache prints a misspelt variable as nothing: refuse such a template instead.
        // The defaults are checked by the test suite, so only a council's own are walked here.
        if templates.files != DefaultTemplates.files, let problem = TemplateVariableCheck.all(templates.mustacheTemplates).first {
            throw TemplateError(template: "\(problem.template).md.mustache",
                                problem: "line \(problem.line): '\(problem.variable)' is not in the view model, so it would print nothing")
        }
        self.library = library
        self.agendaTemplates = AgendaTemplates(base: library, pending: deferred)
        self.templates = templates
    }

    /// Parses a template's text and registers it under `name`; a text met before (a default is
    /// registered as X and as tabled-X, for a council's X to include) is parsed once.
    static func register(_ text: String, as name: String, in library: inout MustacheLibrary,
                         parsed: inout [String: MustacheTemplate]) throws {
        let template = try parsed[text] ?? MustacheTemplate(string: MarkdownContentType.pragma + parsable(text, named: name))
        parsed[text] = template
        library.register(template, named: name)
    }

    /// A default template with the comment on its first lines emptied, `{{!}}`, which says
    /// what the template is for; any other text as it is.
    ///
    /// The tags stay where they were, so Mustache prints the same (the comment shares its
    /// line with the pragma put before it, so that line is not dropped as a standalone
    /// comment's would be); but its parser takes a couple of thousand instructions a
    /// character, and these comments are two fifths of the defaults a report parses.
    /// A council's own template is parsed as written.
    static func parsable(_ text: String, named name: String) -> String {
        let file = (name.hasPrefix("tabled-") ? String(name.dropFirst("tabled-".count)) : name) + ".md.mustache"
        guard text == DefaultTemplates.files[file] else { return text }
        let bytes = Array(text.utf8)
        guard bytes.starts(with: "{{!".utf8) else { return text }
        let brace = UInt8(ascii: "}")
        var close = 3
        while close + 1 < bytes.count, !(bytes[close] == brace && bytes[close + 1] == brace) { close += 1 }
        guard close + 1 < bytes.count else { return text }
        return "{{!" + String(decoding: bytes[close...], as: UTF8.self)
    }

    /// The parts of a report made from templates of their own, each placed as a division.
    static var reportDivisions: [(template: String, role: DivisionRole, slot: WritableKeyPath<ReportBlocks, Placement?>)] { [
        ("label", .label, \.label), ("logo", .logo, \.logo), ("masthead", .masthead, \.masthead), ("facts", .facts, \.facts),
        ("exempt-notice", .exemptNotice, \.exemptNotice), ("signature", .signature, \.signature),
        ("background-papers", .backgroundPapers, \.backgroundPapers), ("contacts", .contacts, \.contacts),
    ] }

    /// The report as the templates present it.
    public func present(_ checked: CheckedReport, style: HouseStyle = .standard) -> PresentedPaper {
        var presenter = Presenter(checked: checked, style: style)
        var view = presenter.view()
        var placer = presenter.placer
        for division in Self.reportDivisions {
            view.blocks[keyPath: division.slot] = self.division(division.template, role: division.role, view: view, placer: &placer)
        }
        return PresentedPaper(markdown: mustache(for: "report").render(MustacheView(view), withTemplate: "report") ?? "", blocks: placer.blocks)
    }

    /// The agenda front sheet as the templates present it.
    /// `title` heads it: "Agenda", or "Supplementary agenda 1".
    public func presentAgenda(_ agenda: Agenda, entries: [AgendaEntry], style: HouseStyle = .standard, title: String = "Agenda") -> PresentedPaper {
        var view = AgendaPresenter(agenda: agenda, entries: entries, style: style, title: title).view()
        var placer = BlockPlacer()
        view.blocks.masthead = division("agenda-masthead", role: .masthead, view: view, placer: &placer)
        view.blocks.contents = placer.place(PlacedBlock(.block(.heading(level: 2, [.text("Items of business")], anchor: "contents"))))
        if let webcast = agenda.webcast {
            view.blocks.webcast = placer.place(PlacedBlock(.division(role: .webcast), markdown: webcast.value, location: webcast.location))
        }
        if let notes = agenda.notes {
            view.blocks.notes = placer.place(PlacedBlock(.division(role: .agendaNotes), markdown: notes.value, location: notes.location))
        }
        if view.hasPartTwo {
            view.blocks.partOne = placer.place(PlacedBlock(.block(.heading(level: 2, [.text("Part I: items in public")]))))
        }
        func place(_ items: inout [AgendaItemView]) {
            for i in items.indices {
                let markdown = mustache(for: "agenda-item").render(MustacheView(items[i]), withTemplate: "agenda-item") ?? ""
                items[i].block = placer.place(PlacedBlock(.numbered(number: items[i].number, anchor: items[i].anchor), markdown: markdown))
            }
        }
        place(&view.partOne)
        place(&view.partTwo)
        return PresentedPaper(markdown: mustache(for: "agenda").render(MustacheView(view), withTemplate: "agenda") ?? "", blocks: placer.blocks)
    }

    /// A part of the page from its own template; nil where the template prints nothing.
    private func division(_ template: String, role: DivisionRole, view: some MustacheParent, placer: inout BlockPlacer) -> Placement? {
        guard let markdown = mustache(for: template).render(MustacheView(view), withTemplate: template), markdown.contains(where: { !$0.isWhitespace }) else {
            return nil
        }
        return placer.place(PlacedBlock(.division(role: role), markdown: markdown))
    }

    /// A standard agenda item's title, in the council's words where its house style gives them.
    public static func standardTitle(_ item: AgendaItem.Standard, style: HouseStyle) -> String {
        style.standardItems[item.rawValue]?.title ?? AgendaPresenter.wording(item, exemptParagraphs: []).title
    }

    /// The exempt notice of a Part II item, as packs print it in place of the report.
    public static func exemptNotice(_ exempt: ExemptNotice) -> String {
        AgendaPresenter.notice(exempt)
    }

    /// Renders any view through a named template: for tests of the templates themselves.
    func render(_ view: Any, template: String) -> String? {
        mustache(for: template).render(view, withTemplate: template)
    }

    /// The library that holds a template: the agenda's defaults are parsed when first asked for.
    private func mustache(for template: String) -> MustacheLibrary {
        AgendaTemplates.holds(template) ? agendaTemplates.library : library
    }
}
