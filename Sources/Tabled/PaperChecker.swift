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

    /// Markdown papers are recognised by their extension; everything else is Tabled YAML.
    public static func isMarkdown(_ file: String) -> Bool {
        let lower = file.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
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
        if isMarkdown(file) {
            return check(MarkdownPaperReader.read(source, file: file))
        }
        let checked = PaperRenderer.check(source, file: file, style: style)
        guard let report = checked.report else {
            return Outcome(diagnostics: checked.diagnostics, verdicts: [],
                           review: ReviewedPaper(file: file, tables: [], otherDiagnostics: checked.diagnostics))
        }
        let negative = style.negative
        var reviews: [ReviewedTable] = []
        for table in report.report.tables {
            var review = ReviewedTable(name: table.id.value, printed: PrintedTable(table), verdict: report.verdicts[table.id.value],
                                       diagnostics: checked.diagnostics, negative: table.negative ?? negative)
            // Diagnostics name a YAML table by its id; a reviewer knows it by its caption.
            review.name = table.caption.value.isEmpty ? table.id.value : table.caption.value
            reviews.append(review)
        }
        let ids = Set(report.report.tables.map(\.id.value))
        let review = ReviewedPaper(file: file, tables: reviews,
                                   otherDiagnostics: checked.diagnostics.filter { $0.table.map { !ids.contains($0) } ?? true })
        return Outcome(diagnostics: checked.diagnostics, verdicts: report.orderedVerdicts, review: review, report: report.report)
    }
}
