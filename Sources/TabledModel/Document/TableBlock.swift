/// A table as every writer prints it: columns that know whether they hold figures, rows
/// that know whether they are data, headings, subtotals or totals, a caption and notes.
///
/// Checked tables reach the writers this way from the model, never through pipe syntax;
/// pipe tables in officers' prose and in published Markdown papers are read into it too.
public struct TableBlock: Sendable, Equatable {
    /// How a column's cells sit.
    public enum Alignment: Sendable, Equatable {
        case none, left, center, right
    }

    public struct Column: Sendable, Equatable {
        public var header: [Inline]
        public var alignment: Alignment
        /// Figures: right-aligned, never wrapped, tabular digits.
        public var holdsFigures: Bool
        /// The heading this column shares with its neighbours of the same group ("Actual to date").
        public var group: String?

        public init(header: [Inline], alignment: Alignment, holdsFigures: Bool = false, group: String? = nil) {
            self.header = header
            self.alignment = alignment
            self.holdsFigures = holdsFigures
            self.group = group
        }
    }

    public struct Row: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            case data
            case heading
            case subtotal
            case total
            /// A row worked out by a formula from other rows.
            case calculated
        }

        public var kind: Kind
        /// One cell per column; a short row is padded with empty cells by the writers.
        public var cells: [[Inline]]

        public init(kind: Kind, cells: [[Inline]]) {
            self.kind = kind
            self.cells = cells
        }

        /// Totals, subtotals, headings and calculated rows stand out in print.
        public var isEmphasised: Bool { kind != .data }
    }

    public var anchor: String?
    /// "Table 1: Contributions to the pooled budget"; empty for a table in prose.
    public var caption: [Inline]
    public var columns: [Column]
    public var rows: [Row]
    /// The first column names each row: `th scope="row"` in HTML.
    public var rowHeaders: Bool
    /// Printed under the table, never numbered as paragraphs.
    public var notes: [Block]
    /// Consecutive columns under one group heading, in order; a column with no group is a span of its own.
    public var groupSpans: [(group: String?, columns: Range<Int>)] {
        var spans: [(group: String?, columns: Range<Int>)] = []
        for (c, column) in columns.enumerated() {
            if let last = spans.last, let group = column.group, last.group == group {
                spans[spans.count - 1].columns = last.columns.lowerBound..<(c + 1)
            } else {
                spans.append((column.group, c..<(c + 1)))
            }
        }
        return spans
    }

    /// The 1-based line of the header row in a Markdown source, for readers of published papers.
    public var sourceLine: Int?

    public init(anchor: String? = nil, caption: [Inline] = [], columns: [Column], rows: [Row], rowHeaders: Bool,
                notes: [Block] = [], sourceLine: Int? = nil) {
        self.anchor = anchor
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.rowHeaders = rowHeaders
        self.notes = notes
        self.sourceLine = sourceLine
    }
}
