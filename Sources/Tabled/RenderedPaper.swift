import TabledModel
import TabledWriter

/// A paper in every output form, ready for the CLI to write.
public struct RenderedPaper: Sendable {
    /// The paper as read and checked, for what packs say about it (title, exempt notice).
    public var report: Report
    /// The document tree every writer prints, for packs that join several papers in one page:
    /// the report, then its appendices, an exempt one as its title and notice only.
    public var blocks: [Block]
    public var title: String
    public var html: String
    public var text: String
    /// The appendices rendered from their files, in the report's order; their blocks end `blocks`.
    public var appendices: [RenderedAppendix] = []

    /// The paper as GitHub-flavoured Markdown, written from the tree when asked for.
    public var markdown: String { MarkdownWriter().document(blocks) }

    /// The paper with its exempt appendices in full, for the confidential pack only.
    public var confidentialBlocks: [Block] {
        Array(blocks.dropLast(appendices.count)) + appendices.map(\.fullBlock)
    }

    /// Whether any part of the paper is not for publication.
    public var holdsExemptContent: Bool {
        report.exempt != nil || appendices.contains { $0.exempt != nil }
    }
}
