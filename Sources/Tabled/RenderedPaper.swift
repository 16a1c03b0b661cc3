import TabledModel
import TabledWriter

/// A paper in every output form, ready for the CLI to write.
public struct RenderedPaper: Sendable {
    /// The paper as read and checked, for what packs say about it (title, exempt notice).
    public var report: Report
    /// The laid-out document, for packs that join several papers in one page.
    public var layout: [LayoutBlock]
    public var title: String
    public var markdown: String
    public var html: String
    public var text: String
}
