import TabledMarkdown
import TabledModel

/// `tabled check paper.md`: checks every pipe table in an existing Markdown paper.
public enum MarkdownPaperChecker {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        /// One verdict per pipe table, in document order.
        public var verdicts: [TableVerdict]
    }

    public static func check(_ markdown: String, file: String) -> Result {
        if let wide = MarkdownLimits.firstOverwideLine(in: markdown) {
            return Result(diagnostics: [.error(CheckDiagnostic.tooWide, MarkdownMessages.tooWide(wide.pipes, limit: MarkdownLimits.maximumCells),
                                               at: SourceLocation(file: file, line: wide.line, column: 1))],
                          verdicts: [])
        }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var found: [(MarkdownTable, MarkdownTableHint?)] = []
        collect(CommonMarkConverter.parse(markdown), into: &found)
        var diagnostics: [Diagnostic] = []
        var verdicts: [TableVerdict] = []
        var names: [String: Int] = [:]
        for (table, hint) in found {
            var name = table.header.map { $0.plainText.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
            if name.isEmpty { name = "table at line \(table.line)" }
            // Two tables with one header are told apart by their line.
            let seen = names[name, default: 0] + 1
            names[name] = seen
            if seen > 1 { name += " (line \(table.line))" }
            let checker = MarkdownTableChecker(table: table, hint: hint, file: file, lines: lines, name: name)
            let (tableDiagnostics, verdict) = checker.check()
            diagnostics += tableDiagnostics
            verdicts.append(verdict)
        }
        return Result(diagnostics: diagnostics.sortedByLocation(), verdicts: verdicts)
    }

    /// Every table in document order, with the hint in the HTML comment just before it.
    private static func collect(_ blocks: [MarkdownBlock], into found: inout [(MarkdownTable, MarkdownTableHint?)]) {
        var hint: MarkdownTableHint?
        for block in blocks {
            switch block {
            case .html(let html):
                hint = MarkdownTableHint(comment: html)
                continue
            case .table(let table):
                found.append((table, hint))
            case .list(let list):
                for item in list.items { collect(item, into: &found) }
            case .blockQuote(let inner):
                collect(inner, into: &found)
            default:
                break
            }
            hint = nil
        }
    }
}
