/// One rebuild of a previewed paper: the page when it rendered, and what was found.
struct PreviewRender: Sendable {
    /// The paper as `render` writes it; nil when it has errors or could not be read.
    var html: String?
    var errors: [PreviewStatus.Entry] = []
    var warnings: [PreviewStatus.Entry] = []
    /// Appendix files the paper names, watched as well once the paper has been read.
    var appendixFiles: [String] = []
}
