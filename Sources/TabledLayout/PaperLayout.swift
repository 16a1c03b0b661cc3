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
            diagnostics += ProseCheck.diagnostics(document, of: placed)
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
}
