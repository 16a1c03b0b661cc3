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

    /// A notice laid out as blocks, as a page in the house style, for `audience`.
    public func notice(_ blocks: [Block], title: String, header: [String], audience: Audience = .everyone) -> RenderedNotice {
        let page = HTMLWriter.Page(title: title, stylesheet: renderer.templates.stylesheet + PageStyle.css(header: header, style: style),
                                   author: style.council ?? header.first)
        return RenderedNotice(title: title, header: header, blocks: blocks, html: HTMLWriter().page(page, body: blocks), audience: audience)
    }

    /// A notice as a Word document.
    public func docx(_ notice: RenderedNotice) throws(WordWriter.Failure) -> Data {
        try word.document(notice.blocks, properties: wordProperties(nil, title: notice.title, header: notice.header,
                                                                           exempt: notice.audience == .confidential))
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
        render(PaperRenderer.check(source, file: file, style: style, agendaItem: agendaItem))
    }

    /// Renders a paper `check` read, with the appendix files the CLI then read for it; nothing
    /// is rendered if the paper or any appendix has errors.
    public func render(_ checked: Checked, appendices: [AppendixSource] = []) -> Outcome {
        let clock = ContinuousClock()
        var timings = checked.timings
        guard let report = checked.report, !checked.diagnostics.hasErrors else {
            // Not laid out, but its prose is checked as it would have been, as `check` checks it.
            let prose = PaperRenderer.proseDiagnostics(checked.report, style: style)
            return Outcome(diagnostics: (checked.diagnostics + prose).sortedByLocation(), paper: nil,
                           verdicts: checked.report?.verdicts ?? [:], timings: timings)
        }
        var start = clock.now
        let appendices = appendices.filter { report.report.appendices.indices.contains($0.index) }
        let appendixChecks = appendices.map { PaperRenderer.checkAppendix($0, of: report, style: style) }
        timings.check += clock.now - start
        var diagnostics = checked.diagnostics + appendixChecks.flatMap(\.diagnostics)
        guard !diagnostics.hasErrors else {
            diagnostics += ([report] + appendixChecks.map(\.report)).flatMap { PaperRenderer.proseDiagnostics($0, style: style) }
            return Outcome(diagnostics: diagnostics.sortedByLocation(), paper: nil, verdicts: report.verdicts, timings: timings)
        }
        start = clock.now
        func lap(_ stage: WritableKeyPath<StageTimings, Duration>) {
            let now = clock.now
            timings[keyPath: stage] += now - start
            start = now
        }
        let presented = renderer.present(report, style: style)
        lap(\.templates)
        let layout = PaperLayout.layout(presented)
        lap(\.cmark)
        diagnostics += layout.diagnostics
        var rendered: [RenderedAppendix] = []
        for (source, appendix) in zip(appendices, appendixChecks) {
            guard let checkedAppendix = appendix.report else { continue }
            let laidOut = PaperLayout.layout(renderer.present(checkedAppendix, style: style))
            diagnostics += laidOut.diagnostics
            rendered.append(embed(laidOut.blocks, of: checkedAppendix.report, as: source.index, in: report))
        }
        lap(\.cmark)
        let paper = page(report.report, body: layout.blocks, appendices: rendered)
        lap(\.writers)
        return Outcome(diagnostics: diagnostics.sortedByLocation(), paper: paper, verdicts: report.verdicts, timings: timings)
    }

    /// A paper's page in HTML and plain text.
    private func page(_ report: Report, body: [Block], appendices: [RenderedAppendix] = []) -> RenderedPaper {
        let blocks = PublicView.page(body, appendices: appendices, of: report)
        let title = PaperRenderer.pageTitle(report)
        let stylesheet = renderer.templates.stylesheet + PageStyle.css(for: report, style: style)
        let author = report.from?.value ?? report.signed?.role?.value ?? style.council ?? report.meeting?.body.value
        let html = HTMLWriter().page(.init(title: title, stylesheet: stylesheet, author: author), body: blocks)
        let text = PlainTextWriter().document(blocks)
        return RenderedPaper(report: report, blocks: blocks, body: body, title: title, html: html, text: text, appendices: appendices)
    }

    /// An appendix's blocks as they sit after its report: anchors prefixed with its own, which
    /// its title heading carries, and headings a level down under the report's title; an
    /// exempt one is also made a page of its own.
    private func embed(_ blocks: [Block], of appendix: Report, as index: Int, in report: CheckedReport) -> RenderedAppendix {
        let place = report.numbering.appendices[index]
        let listed = report.report.appendices[index]
        var embedded = blocks.map { $0.nested(anchorPrefix: place.anchor + "-", headingOffset: 1) }
        if let heading = embedded.firstIndex(where: { if case .heading = $0 { true } else { false } }),
           case .heading(let level, let content, _) = embedded[heading] {
            embedded[heading] = .heading(level: level, content, anchor: place.anchor)
        }
        return RenderedAppendix(number: place.number ?? "", anchor: place.anchor, title: listed.title.value, exempt: listed.exempt,
                                blocks: embedded,
                                // Apart only from a public report: an exempt report's file holds it already.
                                paper: listed.exempt == nil || PublicView.audience(of: report.report) == .confidential
                                    ? nil : page(appendix, body: blocks))
    }

    /// What reading and checking one paper found.
    public struct Checked: Sendable {
        /// The checked report; nil when the file could not be read as one.
        public var report: CheckedReport?
        /// Everything found, reading and checking, sorted by location.
        public var diagnostics: [Diagnostic]
        /// How long reading and checking took.
        public var timings = StageTimings()
    }

    /// Reads and checks without presenting: what `tabled check` runs on YAML, and `render` first.
    public static func check(_ source: String, file: String, style: HouseStyle = .standard, agendaItem: AgendaPlacement? = nil) -> Checked {
        check(source, file: file, style: style) { report in agendaItem?.place(&report) ?? [] }
    }

    /// Reads and checks an appendix's own file as its report numbers it ("Appendix A" whatever
    /// label the file gives), with the report's figures in scope and its exempt notice if the
    /// report's list gives one. `source.index` must be one of the report's appendices: its
    /// callers keep only those.
    static func checkAppendix(_ source: AppendixSource, of report: CheckedReport, style: HouseStyle) -> Checked {
        let listed = report.report.appendices[source.index]
        let number = report.numbering.appendices[source.index].number ?? listed.title.value
        let figures = report.report.figures
        return check(source.text, file: source.file, style: style) { appendix in
            let own = Set(appendix.figures.map(\.name.value))
            // The report's figures were checked with it: here they are values to quote, not formulas to check again.
            appendix.figures += figures.filter { !own.contains($0.name.value) }.map { figure in
                var figure = figure
                figure.formula = nil
                return figure
            }
            appendix.label = Located(number, at: appendix.label?.location ?? appendix.title.location)
            if appendix.exempt == nil { appendix.exempt = listed.exempt }
            return []
        }
    }

    /// Reads and checks, `prepare` adjusting the report read before its check.
    private static func check(_ source: String, file: String, style: HouseStyle, prepare: (inout Report) -> [Diagnostic]) -> Checked {
        let clock = ContinuousClock()
        let start = clock.now
        var timings = StageTimings()
        // A line wide enough to make cmark-gfm's table parser crawl is refused where it is written.
        if let wide = InputLimits.firstOverwideLine(in: source) {
            return Checked(report: nil, diagnostics: [Diagnostic(.tooWide(cells: wide.pipes), at: SourceLocation(file: file, line: wide.line, column: 1))])
        }
        let read = ReportReader.read(source, file: file)
        let afterRead = clock.now
        timings.read += afterRead - start
        guard var report = read.report else {
            return Checked(report: nil, diagnostics: read.diagnostics.sortedByLocation(), timings: timings)
        }
        let placement = prepare(&report)
        let checked = ReportChecker.check(report, style: style)
        timings.check += clock.now - afterRead
        return Checked(report: checked, diagnostics: (read.diagnostics + placement + checked.diagnostics).sortedByLocation(), timings: timings)
    }

    /// What the prose checks find in a checked report, without laying it out: the layout
    /// stage finds the same, as it parses the same blocks.
    static func proseDiagnostics(_ report: CheckedReport?, style: HouseStyle) -> [Diagnostic] {
        guard let report else { return [] }
        // Most papers' prose holds nothing a parse could find: then it is not presented at all.
        let mayFind = report.report.proseFields.contains { ProseCheck.mayFind([$0.value]) }
        guard mayFind else { return [] }
        return ProseCheck.diagnostics(PaperProse.blocks(of: report, style: style))
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
