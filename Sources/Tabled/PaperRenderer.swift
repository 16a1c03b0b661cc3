import Foundation
import TabledCheck
import TabledLayout
import TabledModel
import TabledPresent
import TabledReader
import TabledWord
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

    public let renderer: TemplateRenderer
    public let style: HouseStyle
    /// Word output, in the house style or a council's reference.docx.
    public let word: WordWriter

    public init(templates: TemplateSet = .defaults, style: HouseStyle = .standard) throws {
        self.renderer = try TemplateRenderer(templates: templates)
        self.style = style
        var word = WordWriter()
        if let reference = templates.referenceDocx {
            do {
                word.referenceStyles = try WordWriter.styles(fromReference: reference)
            } catch {
                throw TemplateRenderer.TemplateError(template: "reference.docx", problem: error.description)
            }
        }
        self.word = word
    }

    /// The paper as a Word document: its page header, properties and styles from the house style.
    public func docx(_ paper: RenderedPaper) throws(WordWriter.Failure) -> Data {
        try word.document(paper.blocks, properties: wordProperties(paper.report, title: paper.title))
    }

    /// A Word document's properties for a paper (or a pack, given its own header).
    public func wordProperties(_ report: Report?, title: String, header: [String]? = nil, exempt: Bool? = nil) -> WordProperties {
        WordProperties(title: title, author: report?.from?.value, header: header ?? report.map { PageStyle.header(for: $0, style: style) } ?? [],
                       exempt: exempt ?? (report?.exempt != nil), accent: style.colours["accent"],
                       date: report?.meeting?.date.value.description ?? "2000-01-01")
    }

    /// Reads, checks and — if nothing is wrong — renders one paper.
    ///
    /// On an agenda, `agendaItem` gives the paper its meeting and item number.
    public func render(_ source: String, file: String, agendaItem: AgendaPlacement? = nil) -> Outcome {
        let clock = ContinuousClock()
        var timings = StageTimings()
        let checked = PaperRenderer.check(source, file: file, style: style, agendaItem: agendaItem, timings: &timings)
        guard let report = checked.report, !checked.diagnostics.hasErrors else {
            return Outcome(diagnostics: checked.diagnostics, paper: nil, verdicts: checked.report?.verdicts ?? [:], timings: timings)
        }
        var start = clock.now
        func lap(_ stage: WritableKeyPath<StageTimings, Duration>) {
            let now = clock.now
            timings[keyPath: stage] += now - start
            start = now
        }
        let presented = renderer.present(report, style: style)
        lap(\.templates)
        let layout = PaperLayout.layout(presented)
        lap(\.cmark)
        let title = PaperRenderer.pageTitle(report.report)
        let stylesheet = renderer.templates.stylesheet + PageStyle.css(for: report.report, style: style)
        let html = HTMLWriter().page(.init(title: title, stylesheet: stylesheet), body: layout.blocks)
        let text = PlainTextWriter().document(layout.blocks)
        lap(\.writers)
        return Outcome(diagnostics: (checked.diagnostics + layout.diagnostics).sortedByLocation(),
                       paper: RenderedPaper(report: report.report, blocks: layout.blocks, title: title, html: html, text: text),
                       verdicts: report.verdicts, timings: timings)
    }

    /// What reading and checking one paper found.
    public struct Checked: Sendable {
        /// The checked report; nil when the file could not be read as one.
        public var report: CheckedReport?
        /// Everything found, reading and checking, sorted by location.
        public var diagnostics: [Diagnostic]
    }

    /// Reads and checks without presenting: what `tabled check` runs on YAML.
    public static func check(_ source: String, file: String, style: HouseStyle = .standard, agendaItem: AgendaPlacement? = nil) -> Checked {
        var timings = StageTimings()
        return check(source, file: file, style: style, agendaItem: agendaItem, timings: &timings)
    }

    static func check(_ source: String, file: String, style: HouseStyle, agendaItem: AgendaPlacement?,
                      timings: inout StageTimings) -> Checked {
        let clock = ContinuousClock()
        let start = clock.now
        // A line wide enough to make cmark-gfm's table parser crawl is refused where it is written.
        if let wide = InputLimits.firstOverwideLine(in: source) {
            return Checked(report: nil, diagnostics: [Diagnostic(.tooWide(cells: wide.pipes), at: SourceLocation(file: file, line: wide.line, column: 1))])
        }
        let read = ReportReader.read(source, file: file)
        let afterRead = clock.now
        timings.read += afterRead - start
        defer { timings.check += clock.now - afterRead }
        guard var report = read.report else { return Checked(report: nil, diagnostics: read.diagnostics.sortedByLocation()) }
        let placement = agendaItem?.place(&report) ?? []
        let checked = ReportChecker.check(report, style: style)
        return Checked(report: checked, diagnostics: (read.diagnostics + placement + checked.diagnostics).sortedByLocation())
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
