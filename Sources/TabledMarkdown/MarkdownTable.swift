/// A GitHub-flavoured pipe table.
public struct MarkdownTable: Sendable, Equatable {
    public enum Alignment: Sendable, Equatable {
        case none, left, center, right
    }

    public var alignments: [Alignment]
    public var header: [[MarkdownInline]]
    public var rows: [[[MarkdownInline]]]
    /// The 1-based source line of the header row, for diagnostics on Markdown papers.
    public var line: Int

    public init(alignments: [Alignment], header: [[MarkdownInline]], rows: [[[MarkdownInline]]], line: Int) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
        self.line = line
    }
}
