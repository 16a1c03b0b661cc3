import TabledMarkdown
import TabledModel
import TabledPresent

/// The checks on an officer's prose once it is parsed: nesting deeper than the tree keeps,
/// and links or images to files outside the paper's folder. The layout stage runs them on
/// what it parses; `check` runs them on the same blocks without laying the paper out.
public enum ProseCheck {
    /// Parses each block's prose and checks it.
    public static func diagnostics(_ blocks: [PlacedBlock]) -> [Diagnostic] {
        blocks.flatMap { diagnostics(CommonMarkConverter.parse($0.markdown), of: $0) }
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
