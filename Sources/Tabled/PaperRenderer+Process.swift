import TabledCheck
import TabledModel
import TabledReader

extension PaperRenderer {
    /// How far `process` goes.
    public enum Goal: Sendable {
        /// Every check, prose included; nothing laid out or written.
        case check
        /// Every check, then — if nothing is wrong — the paper laid out and rendered.
        case render
    }

    /// The one way a paper is run: read from `files`, checked (tables, references, prose), its
    /// appendix files read and checked with it, and for `.render` laid out and rendered.
    /// `render`, `check`, `pack`, the preview and the golden tests all call it, so each finds
    /// what the others find. A Markdown paper is checked as published; it has no rendering.
    ///
    /// `text` is the paper's, when the caller has read it already (an agenda's reports); on an
    /// agenda, `agendaItem` gives the paper its meeting and item number.
    public func process(_ file: String, text given: String? = nil, from files: some FileSource, goal: Goal,
                        agendaItem: AgendaPlacement? = nil) -> ProcessedPaper {
        var processed = ProcessedPaper(file: file)
        let text: String
        switch given.map(FileReading.text) ?? files.read(file) {
        case .text(let read): text = read
        case .unreadable(let unreadable):
            processed.unreadable = unreadable
            return processed
        case .rejected(let diagnostic):
            processed.diagnostics = [diagnostic]
            processed.review.otherDiagnostics = [diagnostic]
            return processed
        }
        processed.text = text
        if PaperFormat(file: file) == .markdown {
            let outcome = PaperChecker.check(MarkdownPaperReader.read(text, file: file))
            (processed.diagnostics, processed.verdicts, processed.review) = (outcome.diagnostics, outcome.verdicts, outcome.review)
            return processed
        }
        let checked = PaperRenderer.check(text, file: file, style: style, agendaItem: agendaItem)
        let appendixFiles = AppendixFiles.read(checked.report?.report, file: file, from: files)
        processed.appendixFiles = appendixFiles.sources.map(\.file)
        processed.report = checked.report?.report
        switch goal {
        case .check:
            let outcome = PaperChecker.check(checked, file: file, style: style, appendices: appendixFiles.sources)
            processed.diagnostics = outcome.diagnostics + appendixFiles.diagnostics
            processed.verdicts = outcome.verdicts
            processed.review = outcome.review
            processed.review.otherDiagnostics += appendixFiles.diagnostics
            processed.timings = checked.timings
        case .render:
            let outcome = render(checked, appendices: appendixFiles.sources)
            processed.diagnostics = (outcome.diagnostics + appendixFiles.diagnostics).sortedByLocation()
            processed.verdicts = checked.report?.orderedVerdicts ?? []
            processed.paper = outcome.paper
            processed.timings = outcome.timings
        }
        return processed
    }
}
