import Foundation
import TabledModel
import TabledWriter

/// A notice (a decision notice, the forward plan, minutes) in every output form, as a paper is: the
/// HTML page made now, the rest from the same tree when asked for.
public struct RenderedNotice: Sendable {
    public var title: String
    /// The running header of its printed pages: the council, then what the notice is.
    public var header: [String]
    public var blocks: [Block]
    public var html: String
    /// Everyone, or only those entitled to its exempt content.
    public var audience: Audience = .everyone

    public var text: String { PlainTextWriter().document(blocks) }
    public var markdown: String { MarkdownWriter().document(blocks) }
}
