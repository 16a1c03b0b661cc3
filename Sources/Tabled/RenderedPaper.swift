import TabledModel
import TabledWriter

/// A paper in every output form, ready for the CLI to write.
public struct RenderedPaper: Sendable {
    /// The paper as read and checked, for what packs say about it (title, exempt notice).
    public var report: Report
    /// The document tree every writer prints: the report, then its appendices, as
    /// `PublicView.page` lays them out for the paper's own audience.
    public var blocks: [Block]
    /// The report's own blocks, before its appendices.
    var body: [Block]
    public var title: String
    public var html: String
    public var text: String
    /// The appendices rendered from their files, in the report's order; their blocks end `blocks`.
    public var appendices: [RenderedAppendix] = []

    /// The paper as GitHub-flavoured Markdown, written from the tree when asked for.
    public var markdown: String { MarkdownWriter().document(blocks) }

    /// Whether any part of the paper is not for publication.
    public var holdsExemptContent: Bool {
        report.exempt != nil || appendices.contains { $0.exempt != nil }
    }
}
