import TabledModel

/// Writes the document tree as GitHub-flavoured Markdown: for `--format markdown`, and as
/// the common input when Tabled is measured against cmark-gfm and pandoc.
///
/// Numbers, captions and total rows are printed as text and bold, since GFM has no other way
/// to say them; the tree, not this text, is what every other writer reads.
public struct MarkdownWriter: Sendable {
    public init() {}

    public func document(_ body: [Block]) -> String {
        body.map(block).filter { !$0.isEmpty }.joined(separator: "\n\n") + "\n"
    }

    private func block(_ block: Block) -> String {
        switch block {
        case .paragraph(let inlines, _):
            return markdown(inlines)
        case .heading(let level, let inlines, _):
            return String(repeating: "#", count: min(max(level, 1), 6)) + " " + markdown(inlines)
        case .list(let list):
            let items = list.items.enumerated().map { i, item -> String in
                let marker = list.ordered ? "\(list.start + i). " : "- "
                let inner = item.map(self.block).joined(separator: list.tight ? "\n" : "\n\n")
                return Self.indent(inner, first: marker, rest: String(repeating: " ", count: marker.count))
            }
            return items.joined(separator: list.tight ? "\n" : "\n\n")
        case .blockQuote(let blocks):
            let inner = blocks.map(self.block).joined(separator: "\n\n")
            return inner.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        case .codeBlock(let info, let text):
            var fence = "```"
            while text.contains(fence) { fence += "`" }
            return fence + info + "\n" + text + (text.hasSuffix("\n") || text.isEmpty ? "" : "\n") + fence
        case .thematicBreak:
            return "---"
        case .table(let table):
            return self.table(table)
        case .numbered(let number, _, let contents):
            let label = "**" + Self.escape(number) + "**"
            guard case .paragraph(let first, _)? = contents.first else {
                return ([label] + contents.map(self.block)).joined(separator: "\n\n")
            }
            return ([label + " " + markdown(first)] + contents.dropFirst().map(self.block)).joined(separator: "\n\n")
        case .division(_, let contents):
            return contents.map(self.block).filter { !$0.isEmpty }.joined(separator: "\n\n")
        case .rawHTML:
            return ""
        }
    }

    private func table(_ table: TableBlock) -> String {
        var lines: [String] = []
        if !table.caption.isEmpty { lines.append(markdown(table.caption)); lines.append("") }
        func cell(_ inlines: [Inline]) -> String {
            markdown(inlines).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
        }
        // GFM has no spanning headers: a grouped column's header names its group.
        lines.append("|" + table.columns.map { " " + ($0.group.map { Self.escape($0) + ": " } ?? "") + cell($0.header) + " |" }.joined())
        lines.append("|" + table.columns.map { column -> String in
            switch column.alignment {
            case .left: ":--|"
            case .right: "--:|"
            case .center: ":-:|"
            case .none: "---|"
            }
        }.joined())
        for row in table.rows {
            let cells = table.columns.indices.map { c -> String in
                let text = c < row.cells.count ? cell(row.cells[c]) : ""
                let bold = row.isEmphasised && !text.isEmpty && ((c == 0 && table.rowHeaders) || table.columns[c].holdsFigures)
                return " " + (bold ? "**" + text + "**" : text) + " |"
            }
            lines.append("|" + cells.joined())
        }
        var out = lines.joined(separator: "\n")
        for note in table.notes { out += "\n\n" + block(note) }
        return out
    }

    private static func indent(_ text: String, first: String, rest: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, line in
            i == 0 ? first + line : (line.isEmpty ? "" : rest + line)
        }.joined(separator: "\n")
    }

    func markdown(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines {
            switch inline {
            case .text(let text): out += Self.escape(text)
            case .softBreak: out += "\n"
            case .lineBreak: out += "\\\n"
            case .code(let code):
                var ticks = "`"
                while code.contains(ticks) { ticks += "`" }
                let pad = code.hasPrefix("`") || code.hasSuffix("`") ? " " : ""
                out += ticks + pad + code + pad + ticks
            case .emphasis(let inner): out += "*" + markdown(inner) + "*"
            case .strong(let inner): out += "**" + markdown(inner) + "**"
            case .strikethrough(let inner): out += "~~" + markdown(inner) + "~~"
            case .link(let destination, let title, let inner):
                guard LinkPolicy.isAllowed(destination) else { out += markdown(inner); continue }
                out += "[" + markdown(inner) + "](" + Self.destination(destination) + Self.title(title) + ")"
            case .image(let source, let title, let alt):
                guard LinkPolicy.isAllowed(source) else { out += markdown(alt); continue }
                out += "![" + markdown(alt) + "](" + Self.destination(source) + Self.title(title) + ")"
            case .rawHTML:
                break
            }
        }
        return out
    }

    private static func destination(_ url: String) -> String {
        "<" + url.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "<", with: "\\<")
            .replacingOccurrences(of: ">", with: "\\>").replacingOccurrences(of: "\n", with: "") + ">"
    }

    private static func title(_ title: String) -> String {
        title.isEmpty ? "" : " \"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Backslash-escapes what Markdown would read as markup, so text prints as itself.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var atLineStart = true
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "!":
                out += "\\"
            case "#", "-", "+", "=":
                if atLineStart { out += "\\" }
            default:
                break
            }
            out.unicodeScalars.append(scalar)
            atLineStart = scalar == "\n" || (atLineStart && scalar == " ")
        }
        return out
    }
}
