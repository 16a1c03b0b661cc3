extension Block {
    /// The block as it sits inside another paper (an appendix after its report): every
    /// anchor, and every link to an anchor in the same page, given a prefix, so that it keeps
    /// its own numbering without two targets of one name in the page; and every heading
    /// `headingOffset` levels lower, so that the page keeps one title.
    ///
    /// Depth is bounded where the tree is made (`Block.maximumDepth`), so this may recurse.
    public func nested(anchorPrefix prefix: String, headingOffset: Int = 0) -> Block {
        func anchor(_ name: String?) -> String? { name.map { prefix + $0 } }
        func blocks(_ list: [Block]) -> [Block] { list.map { $0.nested(anchorPrefix: prefix, headingOffset: headingOffset) } }
        switch self {
        case .paragraph(let content, let name):
            return .paragraph(Inline.prefixingLinks(content, prefix), anchor: anchor(name))
        case .heading(let level, let content, let name):
            return .heading(level: min(level + headingOffset, 6), Inline.prefixingLinks(content, prefix), anchor: anchor(name))
        case .list(var list):
            list.items = list.items.map(blocks)
            return .list(list)
        case .blockQuote(let inner):
            return .blockQuote(blocks(inner))
        case .numbered(let number, let name, let inner):
            return .numbered(number: number, anchor: anchor(name), blocks(inner))
        case .division(let role, let inner):
            return .division(role: role, blocks(inner))
        case .table(var table):
            table.anchor = anchor(table.anchor)
            table.caption = Inline.prefixingLinks(table.caption, prefix)
            table.columns = table.columns.map { column in
                var column = column
                column.header = Inline.prefixingLinks(column.header, prefix)
                return column
            }
            table.rows = table.rows.map { row in
                var row = row
                row.cells = row.cells.map { Inline.prefixingLinks($0, prefix) }
                return row
            }
            table.notes = blocks(table.notes)
            return .table(table)
        case .codeBlock, .thematicBreak, .rawHTML:
            return self
        }
    }
}
