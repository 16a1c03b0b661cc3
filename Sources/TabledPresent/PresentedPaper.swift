/// What the templates made of a paper: their Markdown, holding a token wherever they
/// placed one of the blocks, and the blocks themselves.
public struct PresentedPaper: Sendable {
    /// The templates' output. Officers' prose is not in it: it travels in `blocks`.
    public var markdown: String
    /// The blocks the tokens stand for, by `Placement.index`.
    public var blocks: [PlacedBlock]

    public init(markdown: String, blocks: [PlacedBlock]) {
        self.markdown = markdown
        self.blocks = blocks
    }
}
