import TabledMarkdown
import TabledModel
import TabledPresent

/// The layout stage: the templates' Markdown and the blocks they placed become one
/// document tree, each block put whole where its token stands.
///
/// Only the templates' own output is searched for tokens; officers' prose is parsed on its
/// own, inside the block that holds it, so nothing written in a paper can place a block.
public enum PaperLayout {
    public struct Result: Sendable {
        public var blocks: [Block]
        /// Warnings about prose nested deeper than the tree keeps.
        public var diagnostics: [Diagnostic]
    }

    public static func layout(_ presented: PresentedPaper) -> Result {
        var diagnostics: [Diagnostic] = []
        var body: [Block] = []
        for block in CommonMarkConverter.parse(presented.markdown).blocks {
            guard let indices = placements(in: block) else {
                body.append(block)
                continue
            }
            for index in indices where presented.blocks.indices.contains(index) {
                body += materialise(presented.blocks[index], diagnostics: &diagnostics)
            }
        }
        return Result(blocks: body, diagnostics: diagnostics)
    }

    /// The blocks a paragraph of tokens stands for; nil for any other block.
    private static func placements(in block: Block) -> [Int]? {
        guard case .paragraph(let inlines, _) = block else { return nil }
        var indices: [Int] = []
        for inline in inlines {
            switch inline {
            case .softBreak:
                continue
            case .text(let text):
                guard let index = Placement.index(inToken: text) else { return nil }
                indices.append(index)
            default:
                return nil
            }
        }
        return indices.isEmpty ? nil : indices
    }

    private static func materialise(_ placed: PlacedBlock, diagnostics: inout [Diagnostic]) -> [Block] {
        func parse() -> [Block] {
            guard !placed.markdown.isEmpty else { return [] }
            let document = CommonMarkConverter.parse(placed.markdown)
            if let deep = document.flattenedAt, let location = placed.location {
                diagnostics.append(Diagnostic(.proseTooDeep(limit: Block.maximumDepth), at: place(deep, in: location),
                                              notes: [.init(.proseTooDeepHelp)]))
            }
            if let location = placed.location {
                for path in outsidePaths(in: document.blocks) {
                    diagnostics.append(Diagnostic(.outsideFile(path), at: location, notes: [.init(.outsideFileHelp)]))
                }
            }
            return document.blocks
        }
        switch placed.frame {
        case .block(let block):
            return [block]
        case .prose:
            return parse()
        case .numbered(let number, let anchor):
            return [.numbered(number: number, anchor: anchor, parse())]
        case .division(let role):
            let contents = parse()
            return contents.isEmpty ? [] : [.division(role: role, contents)]
        case .table(var table):
            table.notes = parse()
            return [.table(table)]
        }
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
