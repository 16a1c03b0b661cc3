import ArgumentParser
import Foundation
import Tabled
import TabledCommandLine
import TabledModel
import TabledPack
import TabledWriter

/// `tabled check`: does every table add up? Writes nothing.
struct Check: ParsableCommand, ListsFiles {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that every table adds up; writes nothing but the review pages of --format html.",
        discussion: """
            --format html writes NAME.review.html for each paper into the --output folder (beside each \
            paper if none is given): every table as it was found, the cells that do not add up \
            highlighted with the expected figure, the printed one and the difference, and the tables \
            not checked with why. Two papers of one name (brent.md, brent.pdf) write brent-md.review.html \
            and brent-pdf.review.html.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    @Argument(help: "Tabled YAML papers and agendas, or published papers (.md, .html, .docx, .pdf) whose tables are checked.")
    var files: [String]

    var listedFiles: [String] {
        get { files }
        set { files = newValue }
    }

    @Option(name: .long, help: "text (compiler-style lines and a summary), json, or html (a review page per paper, and the text lines).")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Folder to write the review pages of --format html into (default: beside each paper).")
    var output: String?

    @Option(name: .long, help: "A house style file, whose rules (required implications) are checked too.")
    var style: String?

    func validate() throws {
        if output != nil && format != .html {
            throw ValidationError("--output is for the review pages of --format html; text and json go to standard output")
        }
    }

    /// What checking one file found, kept until every file is checked, then reported in order.
    struct FileResult {
        var diagnostics: [Diagnostic] = []
        var review: ReviewedPaper?
        var summary: FileSummary?
        var agendaLines: [String] = []
        /// Files that could not be read at all, said on standard error.
        var failures: [String] = []
        var status = ExitStatus.success

        init(failures: [String] = [], status: ExitStatus = .success) {
            self.failures = failures
            self.status = status
        }

        /// A file read but refused whole (too large, not UTF-8, unreadable as its format): one finding.
        init(rejected diagnostic: Diagnostic, file: String) {
            diagnostics = [diagnostic]
            review = ReviewedPaper(file: file, tables: [], otherDiagnostics: [diagnostic])
            summary = FileSummary(file: file, verdicts: [], diagnostics: [diagnostic])
            status = .inputErrors
        }
    }

    mutating func run() throws {
        if let project = try ProjectFile.find(for: files) { style = style ?? project.style }
        try check()
    }

    /// Checks every file, once the project file has filled in what the command line left unset.
    private func check() throws {
        let renderer = try RendererSetup.make(templates: nil, style: style)
        // Files are checked in parallel, as render renders them; what is found is reported in the order given.
        let results = ConcurrentSlots(count: files.count, initial: FileResult())
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            results.set(i, check(files[i], renderer: renderer))
        }
        var agendaLines: [String] = []
        var status = ExitStatus.success
        var summaries: [FileSummary] = []
        var diagnostics: [Diagnostic] = []
        var reviews: [ReviewedPaper] = []
        for result in results.values {
            result.failures.forEach(Console.fail)
            diagnostics += result.diagnostics
            reviews += result.review.map { [$0] } ?? []
            summaries += result.summary.map { [$0] } ?? []
            agendaLines += result.agendaLines
            status = status.worse(result.status)
        }
        switch format {
        case .text, .html:
            Console.print(diagnostics)
            for summary in summaries { Console.say(summary.line) }
            for line in agendaLines { Console.say(line) }
            if format == .html, !writeReviews(reviews) { status = status.worse(.writeFailed) }
        case .json:
            Console.out(CheckJSON(files: summaries, reviews: reviews, diagnostics: diagnostics).json())
        }
        if status != .success { throw status.exitCode }
    }

    /// Checks one file: a published paper, an agenda (as pack would), a decision record (as
    /// decisions would), or a Tabled paper with its appendix files, through the library's entry point.
    private func check(_ file: String, renderer: PaperRenderer) -> FileResult {
        var result = FileResult()
        if case .published(let paperFormat) = InputKind(file: file, text: nil), paperFormat.isBinary {
            switch PublishedFile.read(file, as: paperFormat) {
            case .success(let reading):
                let outcome = PaperChecker.check(reading)
                result.review = outcome.review
                result.diagnostics += outcome.diagnostics
                result.summary = FileSummary(file: file, verdicts: outcome.verdicts, diagnostics: outcome.diagnostics)
                if GlobalOptions.refuses(outcome.diagnostics) { result.status = result.status.worse(.inputErrors) }
            case .failure(.unreadable(let unreadable)):
                return FileResult(failures: [unreadable.message], status: .usage)
            case .failure(.rejected(let diagnostic)):
                return FileResult(rejected: diagnostic, file: file)
            }
            return result
        }
        // '-' is a Tabled paper (or agenda) on standard input, read once.
        let reading = file == "-" ? InputFile.readStandardInput() : InputFile.read(file)
        let source: String
        switch reading {
        case .text(let text): source = text
        case .unreadable(let unreadable):
            return FileResult(failures: [unreadable.message], status: .usage)
        case .rejected(let diagnostic):
            return FileResult(rejected: diagnostic, file: file)
        }
        switch InputKind(file: file, text: source) {
        case .decisions:
            // A decision record is checked as `decisions` would check it, and nothing is written.
            let built = DecisionNoticeBuilder.build(recordAt: file, text: source, from: DiskFiles(), style: renderer.style)
            result.diagnostics += built.diagnostics
            result.agendaLines.append("\(file): decision record" + (built.notice.map { ", call-in deadline 5pm on \($0.callIn.weekday) \($0.callIn.longForm)" } ?? "")
                + ", " + FileSummary.counts(built.diagnostics))
            if GlobalOptions.refuses(built.diagnostics) || built.notice == nil { result.status = .inputErrors }
            return result
        case .minutes:
            // Minutes are checked as `minutes` would check them, and nothing is written.
            let built = MinutesBuilder.build(recordAt: file, text: source, from: DiskFiles(), style: renderer.style)
            result.diagnostics += built.diagnostics
            result.agendaLines.append("\(file): minutes, " + FileSummary.counts(built.diagnostics))
            if GlobalOptions.refuses(built.diagnostics) || built.minutes == nil { result.status = .inputErrors }
            return result
        case .agenda:
            // An agenda is checked as `pack` would check it, reports and all, and nothing is written.
            let pack = AgendaLoader.build(file, with: PackBuilder(renderer: renderer))
            if let failure = pack.failure { result.failures.append(failure) }
            result.diagnostics += pack.diagnostics
            result.agendaLines.append("\(file): \(pack.pack?.items ?? 0) items, " + FileSummary.counts(pack.diagnostics))
            if format == .html { result.agendaLines.append("\(file): an agenda has no review page of its own; check its reports to review them") }
            result.status = pack.status
            return result
        case .paper, .published:
            let processed = renderer.process(file, text: source, from: DiskFiles(), goal: .check)
            result.review = processed.review
            result.diagnostics += processed.diagnostics
            result.summary = FileSummary(file: file, verdicts: processed.verdicts, diagnostics: processed.diagnostics)
            if GlobalOptions.refuses(processed.diagnostics) { result.status = result.status.worse(.inputErrors) }
            return result
        }
    }

    /// Writes each paper's review page, each file whole or not at all; false if one could not be written.
    private func writeReviews(_ reviews: [ReviewedPaper]) -> Bool {
        let names = ReviewPageNames.names(for: reviews.map(\.file), audiences: reviews.map { $0.isConfidential ? .confidential : .everyone })
        let writer = ReviewPageWriter()
        var written = true
        for (review, name) in zip(reviews, names) {
            let named = output ?? (review.file as NSString).deletingLastPathComponent
            let folder = named.isEmpty ? "." : named
            let path = (folder as NSString).appendingPathComponent(name)
            do throws(OutputWriter.Failure) {
                try OutputWriter.makeDirectory(folder)
                try OutputWriter.write(writer.page(review), to: path)
                Console.say("\(review.file): review written to \(path)")
            } catch {
                Console.fail(error.message)
                written = false
            }
        }
        return written
    }
}
