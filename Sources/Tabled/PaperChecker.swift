import TabledCheck
import TabledModel
import TabledReader

/// What `tabled check` runs on one file: Tabled YAML, or a paper as it was published.
public enum PaperChecker {
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// One verdict per table, in the order they are written.
        public var verdicts: [TableVerdict]
        /// Every table as found with its verdict, and what was found outside the tables.
        public var review: ReviewedPaper
        /// The Tabled report read, if the file was one and could be read.
        public var report: Report?
    }

    /// A paper others published, already read: every table judged, inferred structure only confirming.
    public static func check(_ reading: PaperReading) -> Outcome {
        let checked = PublishedPaperChecker.check(reading.paper, readerDiagnostics: reading.diagnostics)
        let names = Set(checked.reviews.map(\.name))
        let review = ReviewedPaper(file: reading.paper.file, tables: checked.reviews,
                                   otherDiagnostics: checked.diagnostics.filter { $0.table.map { !names.contains($0) } ?? true })
        return Outcome(diagnostics: checked.diagnostics, verdicts: checked.verdicts, review: review)
    }

    public static func check(_ source: String, file: String, style: HouseStyle = .standard) -> Outcome {
        if PaperFormat(file: file) == .markdown {
            return check(MarkdownPaperReader.read(source, file: file))
        }
        return check(PaperRenderer.check(source, file: file, style: style), file: file, style: style)
    }

    /// A Tabled paper `PaperRenderer.check` read, with the appendix files the CLI then read for
    /// it: their tables are judged with the report's, under their appendix's number.
    public static func check(_ checked: PaperRenderer.Checked, file: String, style: HouseStyle,
                             appendices: [AppendixSource] = []) -> Outcome {
        guard let report = checked.report else {
            return Outcome(diagnostics: checked.diagnostics, verdicts: [],
                           review: ReviewedPaper(file: file, tables: [], otherDiagnostics: checked.diagnostics))
        }
        // The prose is checked as the layout stage would check it, so that `check` finds what `render` does.
        let prose = PaperRenderer.proseDiagnostics(report, style: style)
        var diagnostics = checked.diagnostics + prose
        var verdicts = report.orderedVerdicts
        var reviews = self.reviews(report, diagnostics: checked.diagnostics, style: style, prefix: "")
        var otherDiagnostics = outsideTables(checked.diagnostics, of: report.report) + prose
        for source in appendices where report.report.appendices.indices.contains(source.index) {
            var appendix = PaperRenderer.checkAppendix(source, of: report, style: style)
            appendix.diagnostics += PaperRenderer.proseDiagnostics(appendix.report, style: style)
            diagnostics += appendix.diagnostics
            guard let checkedAppendix = appendix.report else {
                otherDiagnostics += appendix.diagnostics
                continue
            }
            verdicts += checkedAppendix.orderedVerdicts
            let number = report.numbering.appendices[source.index].number ?? ""
            reviews += self.reviews(checkedAppendix, diagnostics: appendix.diagnostics, style: style, prefix: number + ": ")
            otherDiagnostics += outsideTables(appendix.diagnostics, of: checkedAppendix.report)
        }
        var review = ReviewedPaper(file: file, tables: reviews, otherDiagnostics: otherDiagnostics)
        review.isConfidential = report.report.holdsExemptContent
        return Outcome(diagnostics: diagnostics, verdicts: verdicts, review: review, report: report.report)
    }

    /// The diagnostics that belong to none of the paper's tables, which a review shows apart.
    private static func outsideTables(_ diagnostics: [Diagnostic], of report: Report) -> [Diagnostic] {
        let ids = Set(report.tables.map(\.id.value))
        return diagnostics.filter { $0.table.map { !ids.contains($0) } ?? true }
    }

    /// Every table of a checked paper as a reviewer sees it, named by its caption.
    private static func reviews(_ report: CheckedReport, diagnostics: [Diagnostic], style: HouseStyle, prefix: String) -> [ReviewedTable] {
        report.report.tables.map { table in
            var review = ReviewedTable(name: table.id.value, printed: PrintedTable(table), verdict: report.verdicts[table.id.value],
                                       diagnostics: diagnostics, negative: table.negative ?? style.negative)
            // Diagnostics name a YAML table by its id; a reviewer knows it by its caption.
            review.name = prefix + (table.caption.value.isEmpty ? table.id.value : table.caption.value)
            return review
        }
    }
}
