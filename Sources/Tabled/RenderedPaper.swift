import TabledModel
import TabledWriter

/// A paper in every output form, ready for the CLI to write.
public struct RenderedPaper: Sendable {
    /// The paper as read and checked, for what packs say about it (title, exempt notice).
    public var report: Report
    /// The document tree every writer prints, for packs that join several papers in one page.
    public var blocks: [Block]
    public var title: String
    public var html: String
    public var text: String

    /// The paper as GitHub-flavoured Markdown, written from the tree when asked for.
    public var markdown: String { MarkdownWriter().document(blocks) }
}
