import TabledCheck
import TabledModel

/// What came of running one paper through `PaperRenderer.process`: everything found, each
/// table's verdict and, when it was asked for and nothing stopped it, the rendered paper.
public struct ProcessedPaper: Sendable {
    public var file: String
    /// The paper's text as read, for the lines diagnostics quote; nil if it could not be read.
    public var text: String?
    /// Set when the file could not be read at all (exit 2); then nothing else is.
    public var unreadable: UnreadableFile?
    /// Every finding, reading and checking the paper and its appendix files, prose included.
    public var diagnostics: [Diagnostic] = []
    /// One verdict per table, in the order they are written.
    public var verdicts: [TableVerdict] = []
    /// Every table as found with its verdict, for the review page.
    public var review: ReviewedPaper
    /// The report read, if the file was Tabled YAML and could be read as one.
    public var report: Report?
    /// The paper, when it was to be rendered and nothing refused it.
    public var paper: RenderedPaper?
    /// The appendix files the report names, as read.
    public var appendixFiles: [String] = []
    public var timings = StageTimings()

    init(file: String) {
        self.file = file
        review = ReviewedPaper(file: file, tables: [], otherDiagnostics: [])
    }
}
