import Foundation
import TabledMarkdown

/// Writes a laid-out paper as plain text a clerk can paste into an email: wrapped at
/// 72 columns, numbered paragraphs with hanging indents, tables as aligned columns.
public struct PlainTextWriter: Sendable {
    public var width: Int

    public init(width: Int = 72) {
        self.width = width
    }

    public func document(_ body: [LayoutBlock]) -> String {
        var chunks: [String] = []
        for block in body { chunks += render(block, width: width) }
        return chunks.joined(separator: "\n\n") + "\n"
    }

    /// Each block as a chunk of lines; chunks are separated by blank lines.
    private func render(_ block: LayoutBlock, width: Int) -> [String] {
        switch block {
        case .block(let markdown, _):
            return render(markdown, width: width)
        case .numbered(let number, _, let contents):
            let indent = max(6, number.count + 2)
            let inner = contents.flatMap { render($0, width: width - indent) }
            guard !inner.isEmpty else { return [number] }
            let pad = String(repeating: " ", count: indent)
            var chunks: [String] = []
            for (i, chunk) in inner.enumerated() {
                let lines = chunk.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { j, line in
                    if i == 0 && j == 0 { return number + String(repeating: " ", count: indent - number.count) + line }
                    return line.isEmpty ? "" : pad + line
                }
                chunks.append(lines.joined(separator: "\n"))
            }
            return [chunks.joined(separator: "\n\n")]
        case .division(_, let contents):
            return contents.flatMap { render($0, width: width) }
        case .table(_, let caption, let table):
            return [TextTableLayout(table: table, caption: caption.plainText, width: width).render()]
        }
    }

    private func render(_ block: MarkdownBlock, width: Int) -> [String] {
        switch block {
        case .paragraph(let inlines):
            return [TextWrapping.wrap(text(inlines), width: width)]
        case .heading(let level, let inlines):
            let title = TextWrapping.wrap(text(inlines), width: width)
            let longest = title.split(separator: "\n").map(\.count).max() ?? 0
            switch level {
            case 1: return [title + "\n" + String(repeating: "=", count: longest)]
            case 2: return [title + "\n" + String(repeating: "-", count: longest)]
            default: return [title]
            }
        case .list(let list):
            var items: [String] = []
            for (i, item) in list.items.enumerated() {
                let marker = list.ordered ? "\(list.start + i)." : "-"
                let indent = marker.count + 1
                let inner = item.flatMap { render($0, width: width - indent) }.joined(separator: list.tight ? "\n" : "\n\n")
                let lines = inner.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { j, line in
                    j == 0 ? marker + " " + line : (line.isEmpty ? "" : String(repeating: " ", count: indent) + line)
                }
                items.append(lines.joined(separator: "\n"))
            }
            return [items.joined(separator: list.tight ? "\n" : "\n\n")]
        case .blockQuote(let blocks):
            let inner = blocks.flatMap { render($0, width: width - 2) }.joined(separator: "\n\n")
            return [inner.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")]
        case .codeBlock(_, let code):
            return [code.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")]
        case .thematicBreak:
            return [String(repeating: "-", count: min(width, 20))]
        case .table(let table):
            return [TextTableLayout(table: table, caption: "", width: width).render()]
        case .html:
            return []
        }
    }

    func text(_ inlines: [MarkdownInline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let s), .code(let s): s
            case .softBreak: " "
            case .lineBreak: "\n"
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner): text(inner)
            case .link(let destination, _, let inner):
                linkText(text(inner), destination: destination)
            case .image(_, _, let alt): text(alt)
            case .html: ""
            }
        }.joined()
    }

    private func linkText(_ label: String, destination: String) -> String {
        // Anchors, relative links and unsafe links print as their words; a web or mail link keeps its address.
        guard LinkPolicy.isSafe(destination), destination.contains(":") else { return label }
        let bare = destination.replacingOccurrences(of: "mailto:", with: "")
        return label == bare || label == destination ? label : "\(label) <\(bare)>"
    }
}
