/// What kind of paper a file is, by its extension: Tabled's own YAML, or one published as
/// Markdown, HTML, Word or PDF.
public enum PaperFormat: String, Sendable {
    case yaml, markdown, html, word, pdf

    public init(file: String) {
        let lower = file.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            self = .markdown
        } else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") {
            self = .html
        } else if lower.hasSuffix(".docx") {
            self = .word
        } else if lower.hasSuffix(".pdf") {
            self = .pdf
        } else {
            self = .yaml
        }
    }

    /// Read as bytes, not text: their encoding is the format's business.
    public var isBinary: Bool { self == .html || self == .word || self == .pdf }
}
