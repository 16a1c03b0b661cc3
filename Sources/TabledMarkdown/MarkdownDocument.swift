import TabledModel

/// What cmark-gfm made of a piece of Markdown: the blocks, and where (if anywhere) nesting
/// went deeper than the tree keeps.
public struct MarkdownDocument: Sendable, Equatable {
    public var blocks: [Block]
    /// The first place nested deeper than `Block.maximumDepth`; its content was kept as text.
    public var flattenedAt: SourcePosition?

    public init(blocks: [Block], flattenedAt: SourcePosition? = nil) {
        self.blocks = blocks
        self.flattenedAt = flattenedAt
    }
}
