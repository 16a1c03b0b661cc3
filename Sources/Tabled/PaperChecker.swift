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

    /// A paper others published, already read: every table judged, inferred structure only confirming.
    public static func check(_ reading: PaperReading) -> Outcome {
        let checked = PublishedPaperChecker.check(reading.paper)
        return Outcome(diagnostics: (reading.diagnostics + checked.diagnostics).sortedByLocation(), verdicts: checked.verdicts)
    }

    public static func check(_ source: String, file: String, style: HouseStyle = .standard) -> Outcome {
        if isMarkdown(file) {
            return check(MarkdownPaperReader.read(source, file: file))
        }
        let checked = PaperRenderer.check(source, file: file, style: style)
        return Outcome(diagnostics: checked.diagnostics, verdicts: checked.report?.orderedVerdicts ?? [])
    }
}
