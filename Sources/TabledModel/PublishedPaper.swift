/// A paper as it was published (Markdown, HTML, Word or PDF), read into the
/// same table model as Tabled's own YAML so that one checker judges both.
public struct PublishedPaper: Sendable {
    /// One table as found, and how far its structure could be read.
    public struct FoundTable: Sendable {
        public enum Reading: Sendable {
            /// Rows and columns marked with their kinds; the checker judges it.
            case structured(BudgetTable)
            /// Nothing to check, and why.
            case notChecked(DiagnosticKind.NotCheckedReason)
            /// The author said `<!-- tabled: ignore -->`.
            case ignored
        }

        /// The name a reviewer knows the table by.
        public var name: String
        public var location: SourceLocation
        public var reading: Reading
        /// The table as printed, for a review page to show it as found.
        public var printed: PrintedTable?

        public init(name: String, location: SourceLocation, reading: Reading, printed: PrintedTable? = nil) {
            self.name = name
            self.location = location
            self.reading = reading
            self.printed = printed
        }
    }

    public var file: String
    public var tables: [FoundTable]

    public init(file: String, tables: [FoundTable]) {
        self.file = file
        self.tables = tables
    }
}
