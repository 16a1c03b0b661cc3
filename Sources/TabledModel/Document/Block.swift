/// A block of a paper's document tree: what every writer (HTML, plain text, Markdown, PDF)
/// prints, and what every reader of prose produces.
///
/// Structure travels as typed cases, never as text to be parsed back: a numbered paragraph
/// knows its number, a table its row kinds and figure columns, a division its role.
/// Depth is bounded where the tree is made (`Block.maximumDepth`), so writers may recurse.
public indirect enum Block: Sendable, Equatable {
    case paragraph([Inline], anchor: String? = nil)
    case heading(level: Int, [Inline], anchor: String? = nil)
    case list(BlockList)
    case blockQuote([Block])
    case codeBlock(info: String, text: String)
    case thematicBreak
    case table(TableBlock)
    /// A numbered paragraph of a paper: its number as printed, its anchor, and its content.
    case numbered(number: String, anchor: String?, [Block])
    /// A styled part of the page, such as the masthead or the signature.
    case division(role: DivisionRole, [Block])
    /// Raw HTML as written in Markdown. Writers never copy it to output; readers of
    /// published papers read `<!-- tabled: ... -->` hints from it.
    case rawHTML(String)

    /// How deep blocks and inlines may nest. Deeper input is flattened to text where the
    /// tree is made, so that no walk of the tree can exhaust the stack.
    public static let maximumDepth = 48
}
