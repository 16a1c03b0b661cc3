import CCmarkGFM
import Foundation

/// Parses GitHub-flavoured Markdown with cmark-gfm and converts its tree into Swift values.
///
/// This is the only file that sees a C pointer. cmark-gfm 0.29 keeps a global table of
/// special characters that parsing mutates, so parallel parses silently lose
/// strikethrough and autolinks: every parse holds one process-wide lock.
public enum CommonMarkConverter {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var registered = false

    /// The GFM extensions Tabled turns on.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    public static func parse(_ markdown: String) -> [MarkdownBlock] {
        lock.lock()
        defer { lock.unlock() }
        if !registered {
            cmark_gfm_core_extensions_ensure_registered()
            registered = true
        }
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        guard let parser = cmark_parser_new(options) else { return [] }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        markdown.withCString { pointer in
            cmark_parser_feed(parser, pointer, strlen(pointer))
        }
        guard let document = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(document) }
        return children(of: document).compactMap(block)
    }

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func block(_ node: OpaquePointer) -> MarkdownBlock? {
        if tabled_node_is(node, "table") != 0 { return table(node) }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(of: node))
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), inlines(of: node))
        case CMARK_NODE_LIST:
            let items = children(of: node).map { children(of: $0).compactMap(block) }
            return .list(MarkdownList(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0,
                items: items))
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(children(of: node).compactMap(block))
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            return .codeBlock(info: info, text: literal(node))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        case CMARK_NODE_HTML_BLOCK:
            return .html(literal(node))
        default:
            return nil
        }
    }

    private static func table(_ node: OpaquePointer) -> MarkdownBlock {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [MarkdownTable.Alignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for i in 0..<columns {
                switch raw[i] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[MarkdownInline]] = []
        var rows: [[[MarkdownInline]]] = []
        for row in children(of: node) {
            let cells = children(of: row).map { inlines(of: $0) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        return .table(MarkdownTable(alignments: alignments, header: header, rows: rows,
                                    line: Int(cmark_node_get_start_line(node))))
    }

    private static func inlines(of node: OpaquePointer) -> [MarkdownInline] {
        children(of: node).compactMap(inline)
    }

    private static func inline(_ node: OpaquePointer) -> MarkdownInline? {
        if tabled_node_is(node, "strikethrough") != 0 { return .strikethrough(inlines(of: node)) }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_EMPH: return .emphasis(inlines(of: node))
        case CMARK_NODE_STRONG: return .strong(inlines(of: node))
        case CMARK_NODE_LINK:
            return .link(destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                         title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
                         inlines(of: node))
        case CMARK_NODE_IMAGE:
            return .image(source: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                          title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
                          alt: inlines(of: node))
        case CMARK_NODE_HTML_INLINE: return .html(literal(node))
        default: return nil
        }
    }
}
