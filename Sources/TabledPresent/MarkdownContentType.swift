import Mustache

/// Mustache escaping for Markdown: values print as themselves, never as markup.
///
/// swift-mustache escapes for HTML by default, and partials fall back to HTML escaping,
/// so every template Tabled loads is set to this content type, partials included.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"

    func escapeText(_ text: String) -> String {
        MarkdownContentType.escape(text)
    }

    /// Registers the content type once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
        return true
    }()

    /// The pragma that selects this content type, put before every template.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    /// Backslash-escapes Markdown punctuation so a value prints as itself. Line breaks
    /// become spaces, and the placement marker is dropped so no value can place a block.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r":
                out += " "
            case "\u{FFFC}":
                continue
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "<", ">", "#", "+", "-", ".", "!", "|", "~", "&":
                out += "\\"
                out.unicodeScalars.append(scalar)
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
