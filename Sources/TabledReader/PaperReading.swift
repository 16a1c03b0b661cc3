import TabledModel

/// What a reader of published papers (Markdown, HTML, Word, PDF) makes of one file.
public struct PaperReading: Sendable {
    public var paper: PublishedPaper
    /// Problems reading the paper: a file that is no such paper, figures that cannot be read.
    public var diagnostics: [Diagnostic]

    public init(paper: PublishedPaper, diagnostics: [Diagnostic]) {
        self.paper = paper
        self.diagnostics = diagnostics
    }

    /// A file that could not be read as a paper at all: one error, no tables.
    static func refused(_ file: String, _ kind: DiagnosticKind, at location: SourceLocation? = nil) -> PaperReading {
        PaperReading(paper: PublishedPaper(file: file, tables: []), diagnostics: [Diagnostic(kind, at: location ?? .start(of: file))])
    }
}
