/// A note printed under a table, never numbered as a paragraph: "* Includes capital receipts."
public struct TableNote: Sendable {
    /// The mark a row or cell carries to point at this note; nil for a note of the whole table.
    public var marker: Located<String>?
    /// Markdown.
    public var text: Located<String>

    public init(marker: Located<String>?, text: Located<String>) {
        self.marker = marker
        self.text = text
    }
}
