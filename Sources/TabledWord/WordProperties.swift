/// What a Word document says about itself besides its body: its properties, page header,
/// and the house style's colour for headings.
public struct WordProperties: Sendable {
    public var title: String
    public var author: String?
    /// The running header's parts: the council, "Cabinet, 21 March 2006", "Item 7"; for an
    /// exempt paper its "NOT FOR PUBLICATION" first, as the HTML's print header has it.
    public var header: [String]
    /// Prints a "NOT FOR PUBLICATION" banner at the head of the document.
    public var exempt: Bool
    /// Headings' colour, `#1d4f91`; nil for black.
    public var accent: String?
    /// The date stamped as created and modified: fixed, so a run gives the bytes of the last.
    public var date: String

    public init(title: String, author: String?, header: [String], exempt: Bool, accent: String?, date: String) {
        self.title = title
        self.author = author
        self.header = header
        self.exempt = exempt
        self.accent = accent
        self.date = date
    }
}
