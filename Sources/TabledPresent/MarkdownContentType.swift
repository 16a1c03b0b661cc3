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
    ///
    /// Only what can open markup anywhere is escaped everywhere (emphasis, links, code, raw
    /// HTML, tables, entities); a heading, list or quote marker only where the value starts,
    /// since a template may put a value at the start of a line. Dots and hyphens inside a
    /// value stay bare: cmark-gfm's autolinker reads the raw text, so `www\.example` would
    /// keep its backslashes in a link.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var atStart = true
        var leadingDigits = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r":
                out += " "
                continue
            case "\u{FFFC}":
                continue
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&":
                out += "\\"
            case "#", "-", "+", "=":
                if atStart { out += "\\" }
            case ".", ")":
                if leadingDigits { out += "\\" }
            default:
                break
            }
            out.unicodeScalars.append(scalar)
            leadingDigits = (atStart || leadingDigits) && ("0"..."9").contains(scalar)
            atStart = atStart && scalar == " "
        }
        return out
    }
}
