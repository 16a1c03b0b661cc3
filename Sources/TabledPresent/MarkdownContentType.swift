import Mustache

/// Mustache escaping for Markdown: values print as themselves, never as markup.
///
/// swift-mustache escapes for HTML by default, and partials fall back to HTML escaping,
/// so every template Tabled loads is set to this content type, partials included.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"

    func escapeText(_ text: String) -> String {
        ProseResolver.escapeMarkdown(text)
    }

    /// Registers the content type once per process.
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
        return true
    }()

    /// The pragma that selects this content type, put before every template.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"
}
