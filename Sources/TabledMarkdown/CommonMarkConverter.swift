import CCmarkArena
import CCmarkGFM
import Foundation
import TabledModel

/// Parses GitHub-flavoured Markdown with cmark-gfm into the document tree.
///
/// This is the only file that sees a C pointer. cmark-gfm 0.29 keeps a global table of
/// special characters that parsing mutates, so parallel parses silently lose
/// strikethrough and autolinks: every parse holds one process-wide lock (the walk over the
/// finished tree does not).
///
/// The tree is walked with cmark's iterator and an explicit stack, never by recursion, so
/// 100 KB of `>` cannot exhaust the stack. Anything nested deeper than
/// `Block.maximumDepth` is kept as plain text, and where that happened is reported.
public enum CommonMarkConverter {
    private static let lock = NSLock()
    /// cmark-gfm's GFM extensions, looked up once under the lock: a parser is made for each
    /// parse (in that parse's arena), and looking four extensions up by name costs more than
    /// parsing a short paragraph.
    nonisolated(unsafe) private static var extensions: [OpaquePointer]?

    /// The GFM extensions Tabled turns on.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    public static func parse(_ markdown: String) -> MarkdownDocument {
        // Every node, string and the iterator come from this thread's arena and go with it:
        // a long table's hundreds of thousands of nodes lie in order in a few blocks, for the
        // walk, and none is freed one by one.
        let memory = tabled_cmark_arena_open()
        defer { tabled_cmark_arena_close() }
        guard let memory, let document = finishedDocument(markdown, memory: memory) else { return MarkdownDocument(blocks: []) }
        var walk = TreeWalk()
        return walk.convert(document)
    }

    /// cmark-gfm's tree of the text, in `memory`: the parse holds the lock, the walk over its
    /// tree does not.
    private static func finishedDocument(_ markdown: String, memory: UnsafeMutablePointer<cmark_mem>) -> OpaquePointer? {
        lock.lock()
        defer { lock.unlock() }
        let found = extensions ?? findExtensions()
        extensions = found
        guard let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8, memory) else { return nil }
        for ext in found {
            cmark_parser_attach_syntax_extension(parser, ext)
        }
        markdown.withCString { pointer in
            cmark_parser_feed(parser, pointer, strlen(pointer))
        }
        return cmark_parser_finish(parser)
    }

    /// Tabled's extensions, registered and found by name; called under the lock.
    private static func findExtensions() -> [OpaquePointer] {
        cmark_gfm_core_extensions_ensure_registered()
        return extensionNames.compactMap { cmark_find_syntax_extension($0) }
    }
}

/// One open container while the iterator is inside it.
private struct Frame {
    enum Kind {
        case document, paragraph, heading(Int), blockQuote, list(ordered: Bool, start: Int, tight: Bool), item
        case table(alignments: [TableBlock.Alignment], line: Int), tableRow(header: Bool), tableCell
        case emphasis, strong, strikethrough, link(String, String), image(String, String)
        /// A container Tabled does not model: its content goes to the parent.
        case transparent
    }

    var kind: Kind
    var blocks: [Block] = []
    var inlines: [Inline] = []
    var items: [[Block]] = []
    var cells: [[Inline]] = []
    var rows: [(header: Bool, cells: [[Inline]])] = []
}

private struct TreeWalk {
    var stack: [Frame] = []
    var flattenedAt: (line: Int, column: Int)?

    mutating func convert(_ document: OpaquePointer) -> MarkdownDocument {
        guard let iterator = cmark_iter_new(document) else { return MarkdownDocument(blocks: []) }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_EXIT {
                close()
                continue
            }
            if let leaf = Self.leaf(node) {
                append(leaf)
                continue
            }
            guard let kind = Self.container(node) else { continue }
            if stack.count > Block.maximumDepth {
                // Too deep to keep as structure: keep the words, skip the subtree.
                if flattenedAt == nil {
                    flattenedAt = (Int(cmark_node_get_start_line(node)), Int(cmark_node_get_start_column(node)))
                }
                append(.inline(.text(Self.plainText(of: node))))
                cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
                continue
            }
            stack.append(Frame(kind: kind))
        }
        let blocks = stack.first?.blocks ?? []
        return MarkdownDocument(blocks: blocks, flattenedAt: flattenedAt.map { SourcePosition(line: $0.line, column: $0.column) })
    }

    private enum Piece {
        case block(Block)
        case inline(Inline)
    }

    private mutating func append(_ piece: Piece) {
        guard !stack.isEmpty else { return }
        let top = stack.count - 1
        switch piece {
        case .block(let block):
            stack[top].blocks.append(block)
        case .inline(let inline):
            switch stack[top].kind {
            case .document, .blockQuote, .item, .list:
                // Words with no paragraph to hold them (flattened content) get one.
                stack[top].blocks.append(.paragraph([inline]))
            default:
                stack[top].inlines.append(inline)
            }
        }
    }

    private mutating func close() {
        guard stack.count > 1, let frame = stack.popLast() else { return }
        let top = stack.count - 1
        switch frame.kind {
        case .document:
            break
        case .paragraph:
            append(.block(.paragraph(frame.inlines)))
        case .heading(let level):
            append(.block(.heading(level: level, frame.inlines)))
        case .blockQuote:
            append(.block(.blockQuote(frame.blocks)))
        case .list(let ordered, let start, let tight):
            append(.block(.list(BlockList(ordered: ordered, start: start, tight: tight, items: frame.items))))
        case .item:
            if case .list = stack[top].kind {
                stack[top].items.append(frame.blocks)
            } else {
                stack[top].blocks += frame.blocks
            }
        case .table(let alignments, let line):
            append(.block(.table(Self.table(frame.rows, alignments: alignments, line: line))))
        case .tableRow(let header):
            stack[top].rows.append((header, frame.cells))
        case .tableCell:
            stack[top].cells.append(frame.inlines)
        case .emphasis:
            append(.inline(.emphasis(frame.inlines)))
        case .strong:
            append(.inline(.strong(frame.inlines)))
        case .strikethrough:
            append(.inline(.strikethrough(frame.inlines)))
        case .link(let destination, let title):
            append(.inline(.link(destination: destination, title: title, frame.inlines)))
        case .image(let source, let title):
            append(.inline(.image(source: source, title: title, alt: frame.inlines)))
        case .transparent:
            stack[top].blocks += frame.blocks
            stack[top].inlines += frame.inlines
        }
    }

    /// A pipe table: the header row names the columns; every other row is data.
    private static func table(_ rows: [(header: Bool, cells: [[Inline]])], alignments: [TableBlock.Alignment], line: Int) -> TableBlock {
        let header = rows.first { $0.header }?.cells ?? []
        let count = max(alignments.count, header.count)
        let columns = (0..<count).map { c in
            TableBlock.Column(header: c < header.count ? header[c] : [], alignment: c < alignments.count ? alignments[c] : .none,
                              holdsFigures: c < alignments.count && alignments[c] == .right)
        }
        let body = rows.filter { !$0.header }.map { TableBlock.Row(kind: .data, cells: $0.cells) }
        return TableBlock(columns: columns, rows: body, rowHeaders: false, sourceLine: line)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// A node with no children, as the tree holds it; nil for containers.
    private static func leaf(_ node: OpaquePointer) -> Piece? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .inline(.text(string(cmark_node_get_literal(node))))
        case CMARK_NODE_SOFTBREAK: return .inline(.softBreak)
        case CMARK_NODE_LINEBREAK: return .inline(.lineBreak)
        case CMARK_NODE_CODE: return .inline(.code(string(cmark_node_get_literal(node))))
        case CMARK_NODE_HTML_INLINE: return .inline(.rawHTML(string(cmark_node_get_literal(node))))
        case CMARK_NODE_CODE_BLOCK:
            return .block(.codeBlock(info: string(cmark_node_get_fence_info(node)), text: string(cmark_node_get_literal(node))))
        case CMARK_NODE_THEMATIC_BREAK: return .block(.thematicBreak)
        case CMARK_NODE_HTML_BLOCK: return .block(.rawHTML(string(cmark_node_get_literal(node))))
        default: return nil
        }
    }

    /// What a container node opens; nil for a node to skip.
    private static func container(_ node: OpaquePointer) -> Frame.Kind? {
        if tabled_node_is(node, "table") != 0 {
            let columns = Int(cmark_gfm_extensions_get_table_columns(node))
            var alignments: [TableBlock.Alignment] = []
            if columns > 0, let raw = cmark_gfm_extensions_get_table_alignments(node) {
                for i in 0..<columns {
                    switch raw[i] {
                    case UInt8(ascii: "l"): alignments.append(.left)
                    case UInt8(ascii: "c"): alignments.append(.center)
                    case UInt8(ascii: "r"): alignments.append(.right)
                    default: alignments.append(.none)
                    }
                }
            }
            return .table(alignments: alignments, line: Int(cmark_node_get_start_line(node)))
        }
        // The header row's type string is "table_header"; every other row's is "table_row".
        if tabled_node_is(node, "table_row") != 0 || tabled_node_is(node, "table_header") != 0 {
            return .tableRow(header: cmark_gfm_extensions_get_table_row_is_header(node) != 0)
        }
        if tabled_node_is(node, "table_cell") != 0 { return .tableCell }
        if tabled_node_is(node, "strikethrough") != 0 { return .strikethrough }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link(string(cmark_node_get_url(node)), string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE: return .image(string(cmark_node_get_url(node)), string(cmark_node_get_title(node)))
        default: return .transparent
        }
    }

    /// The words of a subtree, walked with its own iterator.
    private static func plainText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var out = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                if !out.isEmpty, out.last != " " { out += " " }
                out += string(cmark_node_get_literal(current))
            default:
                break
            }
        }
        return out
    }
}
