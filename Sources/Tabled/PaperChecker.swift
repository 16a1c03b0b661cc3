import TabledCheck
import TabledModel
import TabledReader

/// What `tabled check` runs on one file: Tabled YAML, or a paper as it was published.
public enum PaperChecker {
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        /// One verdict per table, in the order they are written.
        public var verdicts: [TableVerdict]
    }

    /// Markdown papers are recognised by their extension; everything else is Tabled YAML.
    public static func isMarkdown(_ file: String) -> Bool {
        let lower = file.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    public static func check(_ source: String, file: String, style: HouseStyle = .standard) -> Outcome {
        if isMarkdown(file) {
            let read = MarkdownPaperReader.read(source, file: file)
            let checked = PublishedPaperChecker.check(read.paper)
            return Outcome(diagnostics: (read.diagnostics + checked.diagnostics).sortedByLocation(), verdicts: checked.verdicts)
        }
        let checked = PaperRenderer.check(source, file: file, style: style)
        return Outcome(diagnostics: checked.diagnostics, verdicts: checked.report?.orderedVerdicts ?? [])
    }
}
