/// A block of a Markdown document, as Swift values: what cmark-gfm parsed, freed from C.
public indirect enum MarkdownBlock: Sendable, Equatable {
    case paragraph([MarkdownInline])
    case heading(level: Int, [MarkdownInline])
    case list(MarkdownList)
    case blockQuote([MarkdownBlock])
    case codeBlock(info: String, text: String)
    case thematicBreak
    case table(MarkdownTable)
    /// Raw HTML as written. Writers never copy it to output; Tabled's own directives use it.
    case html(String)
}

/// An ordered or bullet list.
public struct MarkdownList: Sendable, Equatable {
    public var ordered: Bool
    public var start: Int
    public var tight: Bool
    public var items: [[MarkdownBlock]]

    public init(ordered: Bool, start: Int, tight: Bool, items: [[MarkdownBlock]]) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
    }
}
