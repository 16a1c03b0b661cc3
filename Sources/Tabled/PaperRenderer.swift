import TabledCheck
import TabledMarkdown
import TabledModel
import TabledPresent
import TabledReader
import TabledWriter

/// The whole pipeline for one paper: YAML text in, checked HTML and plain text out. No I/O.
public struct PaperRenderer: Sendable {
    /// What came of one input: its diagnostics and, only if there were no errors, the paper.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var paper: RenderedPaper?
        /// One verdict per table, for reviewers.
        public var verdicts: [String: TableVerdict]
        /// How long each stage took.
        public var timings = StageTimings()
    }

    public let renderer: MarkdownRenderer
    public let style: HouseStyle

    public init(templates: TemplateSet = .defaults, style: HouseStyle = .standard) throws {
        self.renderer = try MarkdownRenderer(templates: templates)
        self.style = style
    }

    /// Reads, checks and — if nothing is wrong — renders one paper.
    ///
    /// On an agenda, `agendaItem` gives the paper its meeting and item number.
    public func render(_ source: String, file: String, agendaItem: AgendaPlacement? = nil) -> Outcome {
        let clock = ContinuousClock()
        var timings = StageTimings()
        var start = clock.now
        func lap(_ stage: WritableKeyPath<StageTimings, Duration>) {
            let now = clock.now
            timings[keyPath: stage] += now - start
            start = now
        }
        // References are resolved once, by the presentation that renders them, not again in check().
        let checked = PaperRenderer.check(source, file: file, style: style, agendaItem: agendaItem, references: false, timings: &timings)
        start = clock.now
        guard let report = checked.report, let check = checked.check else {
            return Outcome(diagnostics: checked.diagnostics.sortedByLocation(), paper: nil, verdicts: [:], timings: timings)
        }
        guard !checked.diagnostics.hasErrors else {
            let references = Presenter.referenceDiagnostics(report: report, check: check, style: style)
            return Outcome(diagnostics: (checked.diagnostics + references).sortedByLocation(), paper: nil,
                           verdicts: check.verdicts, timings: timings)
        }
        let presented = renderer.markdown(for: report, check: check, style: style)
        let markdown = presented.markdown
        let diagnostics = checked.diagnostics + presented.diagnostics
        lap(\.templates)
        guard !diagnostics.hasErrors else {
            return Outcome(diagnostics: diagnostics.sortedByLocation(), paper: nil, verdicts: check.verdicts, timings: timings)
        }
        // Prose or a table wide enough to make cmark-gfm's table parser crawl is refused.
        if let wide = MarkdownLimits.firstOverwideLine(in: markdown) {
            let tooWide = Diagnostic.error(CheckDiagnostic.tooWide, PaperRenderer.tooWideMessage(wide.pipes), at: report.title.location)
            return Outcome(diagnostics: (diagnostics + [tooWide]).sortedByLocation(), paper: nil, verdicts: check.verdicts, timings: timings)
        }
        let layout = DocumentLayout.layout(CommonMarkConverter.parse(markdown))
        lap(\.cmark)
        let title = PaperRenderer.pageTitle(report)
        let stylesheet = renderer.templates.stylesheet + PageStyle.css(for: report, style: style)
        let html = HTMLWriter().page(.init(title: title, stylesheet: stylesheet), body: layout)
        let text = PlainTextWriter().document(layout)
        lap(\.writers)
        return Outcome(diagnostics: diagnostics.sortedByLocation(),
                       paper: RenderedPaper(report: report, layout: layout, title: title, markdown: markdown, html: html, text: text),
                       verdicts: check.verdicts, timings: timings)
    }

    /// What reading and checking one paper found.
    public struct Checked: Sendable {
        public var report: Report?
        public var check: ReportCheck?
        public var diagnostics: [Diagnostic]
    }

    /// Reads and checks without rendering: what `tabled check` runs on YAML.
    public static func check(_ source: String, file: String, style: HouseStyle = .standard, agendaItem: AgendaPlacement? = nil) -> Checked {
        var timings = StageTimings()
        return check(source, file: file, style: style, agendaItem: agendaItem, references: true, timings: &timings)
    }

    /// `references: false` leaves reference problems to the presentation that follows.
    static func check(_ source: String, file: String, style: HouseStyle, agendaItem: AgendaPlacement?,
                      references: Bool, timings: inout StageTimings) -> Checked {
        let clock = ContinuousClock()
        let start = clock.now
        // A line wide enough to make cmark-gfm's table parser crawl is refused where it is written.
        if let wide = MarkdownLimits.firstOverwideLine(in: source) {
            let tooWide = Diagnostic.error(CheckDiagnostic.tooWide, tooWideMessage(wide.pipes), at: SourceLocation(file: file, line: wide.line, column: 1))
            return Checked(report: nil, check: nil, diagnostics: [tooWide])
        }
        let read = ReportReader.read(source, file: file)
        let afterRead = clock.now
        timings.read += afterRead - start
        defer { timings.check += clock.now - afterRead }
        guard var report = read.report else { return Checked(report: nil, check: nil, diagnostics: read.diagnostics) }
        if let agendaItem { agendaItem.place(&report) }
        let check = ReportChecker.check(report, negative: style.negative)
        let found = references ? Presenter.referenceDiagnostics(report: report, check: check, style: style) : []
        let required = StyleChecker.check(report, style: style)
        return Checked(report: report, check: check, diagnostics: read.diagnostics + check.diagnostics + found + required)
    }

    static func tooWideMessage(_ pipes: Int) -> String {
        "the paper has a line of \(pipes) '|' cells; Tabled renders tables and prose of at most \(MarkdownLimits.maximumCells) cells a row"
    }

    /// "Learning Disability Service Partnership – Cabinet, 21 March 2006".
    static func pageTitle(_ report: Report) -> String {
        var title = report.title.value
        if let label = report.label?.value { title = "\(label): \(title)" }
        if let meeting = report.meeting {
            title += " – \(meeting.body.value), \(meeting.date.value.longForm)"
        }
        return title
    }
}
