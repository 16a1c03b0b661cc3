/// Inline content of a Markdown block.
public indirect enum MarkdownInline: Sendable, Equatable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case strikethrough([MarkdownInline])
    case link(destination: String, title: String, [MarkdownInline])
    case image(source: String, title: String, alt: [MarkdownInline])
    /// Raw inline HTML as written; never copied to output.
    case html(String)
}

extension Array where Element == MarkdownInline {
    /// The text a reader sees, without markup: for captions, titles and widths.
    public var plainText: String {
        map { inline in
            switch inline {
            case .text(let s), .code(let s): s
            case .softBreak, .lineBreak: " "
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c): c.plainText
            case .image(_, _, let alt): alt.plainText
            case .html: ""
            }
        }.joined()
    }
}
