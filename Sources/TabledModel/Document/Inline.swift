/// Inline content of a block in the document tree.
public enum Inline: Sendable, Equatable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case link(destination: String, title: String, [Inline])
    case image(source: String, title: String, alt: [Inline])
    /// Raw inline HTML as written; never copied to output.
    case rawHTML(String)
}

extension Array where Element == Inline {
    /// The text a reader sees, without markup: for captions, titles and widths.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    private func appendPlainText(to out: inout String) {
        for inline in self {
            switch inline {
            case .text(let s), .code(let s): out += s
            case .softBreak, .lineBreak: out += " "
            case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, _, let c): c.appendPlainText(to: &out)
            case .image(_, _, let alt): alt.appendPlainText(to: &out)
            case .rawHTML: break
            }
        }
    }
}
