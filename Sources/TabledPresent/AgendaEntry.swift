import TabledModel

/// One numbered item as the front sheet shows it, with what the pack learned of its report.
public struct AgendaEntry: Sendable {
    public enum Content: Sendable {
        case standard(AgendaItem.Standard)
        case free(title: Located<String>, text: Located<String>?)
        /// A report: its title, author, exempt notice if Part II, and where to read it.
        case report(title: String, from: String?, exempt: ExemptNotice?, link: String?)
    }

    public var number: Int
    public var content: Content
    public var partTwo: Bool
    /// A line under the item: that it follows in a supplementary agenda, or why it is late.
    public var note: String?

    public init(number: Int, content: Content, partTwo: Bool, note: String? = nil) {
        self.number = number
        self.content = content
        self.partTwo = partTwo
        self.note = note
    }
}
