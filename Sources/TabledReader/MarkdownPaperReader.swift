import Foundation
import TabledMarkdown
import TabledModel

/// Reads an existing Markdown paper's pipe tables into the table model, marking each row
/// and column with the kind a careful reader sees in it; the one table checker then judges them.
///
/// The reading follows DESIGN.md section 6: a row labelled total or sub-total adds the rows
/// above it, a column headed Total adds the columns to its left, and a table that runs from
/// an opening balance to a closing one is a balance. A hint comment on the line before a
/// table overrides the guess. A table it cannot make sense of is not checked, never passed.
public enum MarkdownPaperReader {
    public struct Result: Sendable {
        public var paper: PublishedPaper
        /// Problems reading the paper: a line too wide to parse, figures that cannot be read.
        public var diagnostics: [Diagnostic]
    }

    public static func read(_ markdown: String, file: String) -> Result {
        if let wide = InputLimits.firstOverwideLine(in: markdown) {
            return Result(paper: PublishedPaper(file: file, tables: []),
                          diagnostics: [Diagnostic(.tooWide(cells: wide.pipes), at: SourceLocation(file: file, line: wide.line, column: 1))])
        }
        let document = CommonMarkConverter.parse(markdown)
        var diagnostics: [Diagnostic] = []
        if let deep = document.flattenedAt {
            diagnostics.append(Diagnostic(.proseTooDeep(limit: Block.maximumDepth),
                                          at: SourceLocation(file: file, line: deep.line, column: deep.column),
                                          notes: [.init(.proseTooDeepHelp)]))
        }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var names: [String: Int] = [:]
        var tables: [PublishedPaper.FoundTable] = []
        for (table, hint) in collect(document.blocks) {
            let line = table.sourceLine ?? 1
            var name = table.columns.map { $0.header.plainText.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                .joined(separator: " ")
            if name.isEmpty { name = "table at line \(line)" }
            // Two tables with one header are told apart by their line.
            let seen = names[name, default: 0] + 1
            names[name] = seen
            if seen > 1 { name += " (line \(line))" }
            var reader = PipeTableReading(table: table, hint: hint, file: file, lines: lines, name: name)
            tables.append(reader.read())
            diagnostics += reader.diagnostics
        }
        return Result(paper: PublishedPaper(file: file, tables: tables), diagnostics: diagnostics)
    }

    /// Every table in document order, with the hint in the HTML comment just before it.
    /// Lists and quotes are walked with an explicit stack; the tree's depth is bounded anyway.
    private static func collect(_ blocks: [Block]) -> [(TableBlock, MarkdownTableHint?)] {
        var found: [(TableBlock, MarkdownTableHint?)] = []
        var pending: [[Block]] = [blocks]
        var index: [Int] = [0]
        var hint: MarkdownTableHint?
        while let depth = pending.indices.last {
            guard index[depth] < pending[depth].count else {
                pending.removeLast()
                index.removeLast()
                hint = nil
                continue
            }
            let block = pending[depth][index[depth]]
            index[depth] += 1
            switch block {
            case .rawHTML(let html):
                hint = MarkdownTableHint(comment: html)
                continue
            case .table(let table):
                found.append((table, hint))
            case .list(let list):
                for item in list.items.reversed() {
                    pending.append(item)
                    index.append(0)
                }
            case .blockQuote(let inner), .division(_, let inner), .numbered(_, _, let inner):
                pending.append(inner)
                index.append(0)
            default:
                break
            }
            hint = nil
        }
        return found
    }
}
