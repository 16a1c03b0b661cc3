import TabledCheck
import TabledModel

/// What `tabled check` runs on one file: Tabled YAML, or an existing Markdown paper.
public enum ReviewCheck {
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// One verdict per table.
        public var verdicts: [TableVerdict]
    }

    /// Markdown papers are recognised by their extension; everything else is Tabled YAML.
    public static func isMarkdown(_ file: String) -> Bool {
        let lower = file.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    public static func check(_ source: String, file: String, style: HouseStyle = .standard) -> Outcome {
        if isMarkdown(file) {
            let result = MarkdownPaperChecker.check(source, file: file)
            return Outcome(diagnostics: result.diagnostics, verdicts: result.verdicts)
        }
        let checked = PaperRenderer.check(source, file: file, style: style)
        let verdicts = checked.report.map { report in
            report.tables.compactMap { checked.check?.verdicts[$0.id.value] }
        } ?? []
        return Outcome(diagnostics: checked.diagnostics.sortedByLocation(), verdicts: verdicts)
    }
}
