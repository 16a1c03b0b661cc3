import TabledMarkdown
import TabledModel
import TabledPresent

/// The checks on an officer's prose once it is parsed: nesting deeper than the tree keeps,
/// and links or images to files outside the paper's folder. The layout stage runs them on
/// what it parses; `check` runs them on the same blocks without laying the paper out.
public enum ProseCheck {
    /// Whether prose could hold a finding, from its bytes alone: a link or image needs a `[`
    /// (or an autolink's `<`, `://` or `www.`), and each level of nesting needs a marker of
    /// its own (`>` a quote, `-` `+` `*` or `1.` a list and its item, `*` `_` `~` emphasis, `[`
    /// a link), bar a handful a paragraph in a table cell in any document has. Prose with
    /// neither is not parsed: `check` runs this on every paper, and most prose has neither.
    /// A `{{` placeholder becomes a link to an anchor in the paper, its words escaped: a level
    /// of nesting, leading nowhere outside.
    public static func mayFind(_ parts: [String]) -> Bool {
        var levels = 8
        for part in parts {
            var part = part
            let found = part.withUTF8 { bytes -> Bool in
                var previousIsDigit = false
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    switch byte {
                    case UInt8(ascii: "["), UInt8(ascii: "<"): return true
                    case UInt8(ascii: "/") where index + 2 < bytes.count && bytes[index + 1] == byte && index > 0
                        && bytes[index - 1] == UInt8(ascii: ":"): return true
                    case UInt8(ascii: "w") where index + 3 < bytes.count && bytes[index + 1] == byte && bytes[index + 2] == byte
                        && bytes[index + 3] == UInt8(ascii: "."): return true
                    case UInt8(ascii: "{") where index + 1 < bytes.count && bytes[index + 1] == byte: levels += 2
                    case UInt8(ascii: ">"), UInt8(ascii: "_"), UInt8(ascii: "~"): levels += 1
                    case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"): levels += 2
                    case UInt8(ascii: "."), UInt8(ascii: ")"): if previousIsDigit { levels += 2 }
                    default: break
                    }
                    if levels >= Block.maximumDepth { return true }
                    previousIsDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                    index += 1
                }
                return false
            }
            if found { return true }
        }
        return false
    }

    /// Parses each block's prose that could hold a finding and checks it.
    public static func diagnostics(_ blocks: [PlacedBlock]) -> [Diagnostic] {
        blocks.flatMap { mayFind([$0.markdown]) ? diagnostics(CommonMarkConverter.parse($0.markdown), of: $0) : [] }
    }

    /// What is wrong with one block's prose, parsed already.
    static func diagnostics(_ document: MarkdownDocument, of placed: PlacedBlock) -> [Diagnostic] {
        guard let location = placed.location else { return [] }
        var diagnostics: [Diagnostic] = []
        if let deep = document.flattenedAt {
            diagnostics.append(Diagnostic(.proseTooDeep(limit: Block.maximumDepth), at: place(deep, in: location),
                                          notes: [.init(.proseTooDeepHelp)]))
        }
        for path in outsidePaths(in: document.blocks) {
            diagnostics.append(Diagnostic(.outsideFile(path), at: location, notes: [.init(.outsideFileHelp)]))
        }
        return diagnostics
    }

    /// Links and images to files outside the paper's folder, which no writer prints. The tree's
    /// depth is bounded where it is made, so this walk's is too.
    private static func outsidePaths(in blocks: [Block]) -> [String] {
        var found: [String] = []
        func inlines(_ list: [Inline]) {
            for inline in list {
                switch inline {
                case .link(let destination, _, let inner):
                    if LinkPolicy.isSafe(destination) && !LinkPolicy.isAllowed(destination) { found.append(destination) }
                    inlines(inner)
                case .image(let source, _, let alt):
                    if LinkPolicy.isSafe(source) && !LinkPolicy.isAllowed(source) { found.append(source) }
                    inlines(alt)
                case .emphasis(let inner), .strong(let inner), .strikethrough(let inner):
                    inlines(inner)
                case .text, .softBreak, .lineBreak, .code, .rawHTML:
                    break
                }
            }
        }
        func walk(_ list: [Block]) {
            for block in list {
                switch block {
                case .paragraph(let content, _), .heading(_, let content, _): inlines(content)
                case .list(let list): list.items.forEach(walk)
                case .blockQuote(let inner), .numbered(_, _, let inner), .division(_, let inner): walk(inner)
                case .table(let table):
                    table.columns.forEach { inlines($0.header) }
                    table.rows.forEach { $0.cells.forEach(inlines) }
                    walk(table.notes)
                case .codeBlock, .thematicBreak, .rawHTML: break
                }
            }
        }
        walk(blocks)
        return found
    }

    /// A position inside a prose field, as a place in the paper's file: the field's own line
    /// and column for its first line; the lines below it for the rest, as a block scalar is written.
    private static func place(_ position: SourcePosition, in field: SourceLocation) -> SourceLocation {
        if position.line <= 1 {
            return SourceLocation(file: field.file, line: field.line, column: field.column + max(0, position.column - 1))
        }
        return SourceLocation(file: field.file, line: field.line + position.line - 1, column: 1)
    }
}
