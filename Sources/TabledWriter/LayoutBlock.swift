import TabledMarkdown

/// A block of the paper's layout: Markdown blocks grouped by Tabled's directives.
///
/// Templates write plain Markdown plus HTML comments such as `<!-- tabled:para 3.2 para-3-2 -->`;
/// no writer copies raw HTML, so the comments are free to carry structure that
/// Markdown lacks: numbered paragraphs, anchors, table captions.
public indirect enum LayoutBlock: Sendable, Equatable {
    case block(MarkdownBlock, anchor: String?)
    /// A numbered paragraph: its number, its anchor and everything up to the next number.
    case numbered(number: String, anchor: String?, [LayoutBlock])
    /// A table with its caption.
    case table(anchor: String?, caption: [MarkdownInline], MarkdownTable)
    /// A styled part of the page, such as the masthead or the signature.
    case division(role: String, [LayoutBlock])
}
