/// A table as a published paper prints it, before anyone says what its rows are: the words
/// of each cell and where they stand. Every reader (Markdown, HTML, Word, PDF) makes these;
/// one reading then marks rows and columns for the checker.
public struct PrintedTable: Sendable {
    /// One cell's words, where they were found.
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var location: SourceLocation

        public init(text: String, location: SourceLocation) {
            self.text = text
            self.location = location
        }
    }

    /// The caption, or failing that the nearest heading above the table.
    public var caption: String?
    public var location: SourceLocation
    /// Header rows, each as wide as the table; a heading spanning columns is in each of them.
    public var header: [[Cell]]
    /// Body rows, each as wide as the table; the first column holds the labels.
    public var rows: [[Cell]]
    public var hint: TableHint?
    /// Why the reader could not lay the words out as a table with confidence (a PDF's
    /// figures that fall between columns); such a table is never checked.
    public var unclear: String?

    public init(caption: String?, location: SourceLocation, header: [[Cell]], rows: [[Cell]], hint: TableHint? = nil) {
        self.caption = caption
        self.location = location
        self.header = header
        self.rows = rows
        self.hint = hint
    }

    /// Columns in the widest row.
    public var width: Int {
        max(header.reduce(0) { max($0, $1.count) }, rows.reduce(0) { max($0, $1.count) })
    }

    /// Each column's heading: the header rows' words for it, top to bottom, a repeated
    /// spanning heading said once ("Actual to date Spend").
    public var columnHeadings: [String] {
        (0..<width).map { c in
            var parts: [String] = []
            for row in header where c < row.count {
                let text = row[c].text
                if !text.isEmpty && parts.last != text { parts.append(text) }
            }
            return parts.joined(separator: " ")
        }
    }

    /// Text on one line, runs of white space made one space: a caption or a cell as a reader sees it.
    public static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A paragraph that names the table after it: "Table 3: Capital programme 2024/25".
    public static func isCaption(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("table ") || lower.hasPrefix("figure ") else { return false }
        let rest = lower.drop(while: { $0 != " " }).dropFirst()
        return rest.first?.isNumber == true || (rest.count > 1 && rest.dropFirst().first.map { ":.-) ".contains($0) } == true)
    }
}
