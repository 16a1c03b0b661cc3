import Foundation
import TabledModel

/// Writes a paper as plain text a clerk can paste into an email: wrapped at 72 columns,
/// numbered paragraphs with hanging indents, tables as aligned columns.
public struct PlainTextWriter: Sendable {
    public var width: Int

    /// The narrowest a nested block is laid out in, however deep it sits: text stays readable
    /// and no width or padding can go negative.
    static let minimumWidth = 20

    public init(width: Int = 72) {
        self.width = width
    }

    public func document(_ body: [Block]) -> String {
        var chunks: [String] = []
        for block in body { chunks += render(block, width: width) }
        return chunks.joined(separator: "\n\n") + "\n"
    }

    /// Each block as a chunk of lines; chunks are separated by blank lines.
    private func render(_ block: Block, width given: Int) -> [String] {
        let width = max(given, Self.minimumWidth)
        switch block {
        case .paragraph(let inlines, _):
            return [TextWrapping.wrap(text(inlines), width: width)]
        case .heading(let level, let inlines, _):
            let title = TextWrapping.wrap(text(inlines), width: width)
            let longest = title.split(separator: "\n").map { (line: Substring) in line.count }.max() ?? 0
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
                items.append(Self.hang(inner, first: marker + " ", rest: String(repeating: " ", count: indent)))
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
            return [TextTableLayout(table: table, width: width, writer: self).render()]
                + table.notes.flatMap { render($0, width: width) }
        case .numbered(let number, _, let contents):
            let indent = max(6, number.count + 2)
            let inner = contents.flatMap { render($0, width: width - indent) }
            guard !inner.isEmpty else { return [number] }
            let pad = String(repeating: " ", count: indent)
            let first = number + String(repeating: " ", count: indent - number.count)
            return [inner.enumerated().map { i, chunk in Self.hang(chunk, first: i == 0 ? first : pad, rest: pad) }
                .joined(separator: "\n\n")]
        case .division(_, let contents):
            return contents.flatMap { render($0, width: width) }
        case .rawHTML:
            return []
        }
    }

    /// A chunk with `first` before its first line and `rest` before every other non-empty line.
    private static func hang(_ chunk: String, first: String, rest: String) -> String {
        // `lines` keeps "\r\n" as one character, so such a chunk is split its way.
        guard !chunk.containsBytes("\r") else {
            return chunk.lines.enumerated().map { j, line in
                if j == 0 { return first + line }
                return line.isEmpty ? "" : rest + line
            }.joined(separator: "\n")
        }
        var chunk = chunk
        return chunk.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(first.utf8.count + bytes.count + 8 * rest.utf8.count)
            out.append(contentsOf: first.utf8)
            var start = 0
            while true {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                if start > 0 && end > start { out.append(contentsOf: rest.utf8) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                guard end < bytes.count else { break }
                out.append(0x0A)
                start = end + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    func text(_ inlines: [Inline]) -> String {
        var out = ""
        append(inlines, to: &out)
        return out
    }

    private func append(_ inlines: [Inline], to out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s): out += s
            case .softBreak: out += " "
            case .lineBreak: out += "\n"
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner): append(inner, to: &out)
            case .link(let destination, _, let inner):
                out += linkText(text(inner), destination: destination)
            case .image(_, _, let alt): append(alt, to: &out)
            case .rawHTML: break
            }
        }
    }

    private func linkText(_ label: String, destination: String) -> String {
        // Anchors, relative links and unsafe links print as their words; a web or mail link keeps its address.
        guard LinkPolicy.isSafe(destination), destination.containsBytes(":") else { return label }
        let bare = destination.replacingBytes("mailto:", with: "")
        return label == bare || label == destination ? label : "\(label) <\(bare)>"
    }
}
