import Foundation
import TabledWriter

/// The page a preview serves at `/`: the paper exactly as `render` writes it, with the
/// preview's script, its styles and the place it shows errors added.
enum PreviewPage {
    static func page(paper: String?, status: PreviewStatus) -> String {
        let document = paper ?? waiting(for: status.file)
        let head = "<style data-tabled-preview>\n\(PreviewClient.style)\n</style>\n"
        let body = """
        <div id="tabled-preview" data-paper="\(status.paper)" data-version="\(status.version)">\
        <section class="tp-overlay" role="alert" hidden></section>\
        <aside class="tp-strip" role="status" hidden></aside>\
        <p class="tp-offline" hidden>The preview has lost its server: is <code>tabled preview</code> still running?</p></div>
        <script data-tabled-preview>
        \(PreviewClient.script)
        </script>

        """
        return insert(body, before: "</body>", in: insert(head, before: "</head>", in: document))
    }

    /// A page for a paper that has not rendered yet: its title is the file's name.
    static func waiting(for file: String) -> String {
        HTMLWriter().document(.init(title: "\(file) – Tabled preview", stylesheet: ""), bodyHTML: "<main></main>\n")
    }

    /// Puts `text` before the last `marker`; the writer's pages always have one of each.
    private static func insert(_ text: String, before marker: String, in page: String) -> String {
        guard let range = page.range(of: marker, options: .backwards) else { return page + text }
        var result = page
        result.insert(contentsOf: text, at: range.lowerBound)
        return result
    }
}
