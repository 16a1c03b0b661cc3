import TabledModel

/// A block the presenter built for a template to place: typed already, or Markdown that the
/// layout stage parses into the frame given.
public struct PlacedBlock: Sendable {
    public enum Frame: Sendable {
        /// A block built whole (a heading with its anchor, the list of appendices).
        case block(Block)
        /// Paragraphs of prose, as they are.
        case prose
        /// A numbered paragraph around the prose.
        case numbered(number: String, anchor: String?)
        /// A styled part of the page (masthead, facts, signature) around the Markdown.
        case division(role: DivisionRole)
        /// A checked table; the Markdown is its notes.
        case table(TableBlock)
    }

    public var frame: Frame
    /// Markdown to parse into the frame: an officer's prose or a template's output.
    public var markdown: String
    /// Where the Markdown was written, when it is an officer's: problems in it point there.
    public var location: SourceLocation?

    public init(_ frame: Frame, markdown: String = "", location: SourceLocation? = nil) {
        self.frame = frame
        self.markdown = markdown
        self.location = location
    }
}
