import ArgumentParser
import Foundation
import Tabled
import TabledPack
import TabledModel
import TabledWriter

/// `tabled check`: does every table add up? Writes nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    func run() throws {
        let renderer = try RendererSetup.make(templates: nil, style: style)
        let houseStyle = renderer.style
        var agendaLines: [String] = []
        var status = ExitStatus.success
        var summaries: [FileSummary] = []
        var diagnostics: [Diagnostic] = []
        var reviews: [ReviewedPaper] = []
        for file in files {
            let format = PaperFormat(file: file)
            if format.isBinary {
                switch PublishedFile.read(file, as: format) {
                case .success(let reading):
                    let outcome = PaperChecker.check(reading)
                    reviews.append(outcome.review)
                    diagnostics += outcome.diagnostics
                    summaries.append(FileSummary(file: file, verdicts: outcome.verdicts, diagnostics: outcome.diagnostics))
                    if outcome.diagnostics.hasErrors { status = status.worse(.inputErrors) }
                case .failure(.unreadable(let unreadable)):
                    Console.fail(unreadable.message)
                    status = status.worse(.usage)
                case .failure(.rejected(let diagnostic)):
                    diagnostics.append(diagnostic)
                    reviews.append(ReviewedPaper(file: file, tables: [], otherDiagnostics: [diagnostic]))
                    summaries.append(FileSummary(file: file, verdicts: [], diagnostics: [diagnostic]))
                    status = status.worse(.inputErrors)
                }
                continue
            }
            let source: String
            switch InputFile.read(file) {
            case .success(let text): source = text
            case .failure(.unreadable(let unreadable)):
                Console.fail(unreadable.message)
                status = status.worse(.usage)
                continue
            case .failure(.rejected(let diagnostic)):
                diagnostics.append(diagnostic)
                reviews.append(ReviewedPaper(file: file, tables: [], otherDiagnostics: [diagnostic]))
                summaries.append(FileSummary(file: file, verdicts: [], diagnostics: [diagnostic]))
                status = status.worse(.inputErrors)
                continue
            }
            if !PaperChecker.isMarkdown(file) && AgendaLoader.isAgenda(source) {
                // An agenda is checked as `pack` would check it, reports and all, and nothing is written.
                let result = AgendaLoader.build(file, with: PackBuilder(renderer: renderer))
                if let failure = result.failure { Console.fail(failure) }
                diagnostics += result.diagnostics
                agendaLines.append("\(file): \(result.pack?.items ?? 0) items, " + FileSummary.counts(result.diagnostics))
                if format == .html { agendaLines.append("\(file): an agenda has no review page of its own; check its reports to review them") }
                status = status.worse(result.status)
                continue
            }
            let outcome: PaperChecker.Outcome
            var found: [Diagnostic]
            var review: ReviewedPaper
            if PaperChecker.isMarkdown(file) {
                outcome = PaperChecker.check(source, file: file, style: houseStyle)
                (found, review) = (outcome.diagnostics, outcome.review)
            } else {
                // Appendix files are checked with their report, their tables under their appendix's number.
                let checked = PaperRenderer.check(source, file: file, style: houseStyle)
                let appendixFiles = AppendixFiles.read(checked.report?.report, file: file)
                outcome = PaperChecker.check(checked, file: file, style: houseStyle, appendices: appendixFiles.sources)
                (found, review) = (outcome.diagnostics + appendixFiles.diagnostics, outcome.review)
                review.otherDiagnostics += appendixFiles.diagnostics
            }
            reviews.append(review)
            diagnostics += found
            summaries.append(FileSummary(file: file, verdicts: outcome.verdicts, diagnostics: found))
            if found.hasErrors { status = status.worse(.inputErrors) }
        }
        switch format {
        case .text, .html:
            Console.print(diagnostics)
            for summary in summaries { Console.out(summary.line) }
            for line in agendaLines { Console.out(line) }
            if format == .html, !writeReviews(reviews) { status = status.worse(.writeFailed) }
        case .json:
            Console.out(CheckJSON(files: summaries, diagnostics: diagnostics).json())
        }
        if status != .success { throw status.exitCode }
    }

    /// Writes each paper's review page, each file whole or not at all; false if one could not be written.
    private func writeReviews(_ reviews: [ReviewedPaper]) -> Bool {
        let names = ReviewPageNames.names(for: reviews.map(\.file))
        let writer = ReviewPageWriter()
        var written = true
        for (review, name) in zip(reviews, names) {
            let named = output ?? (review.file as NSString).deletingLastPathComponent
            let folder = named.isEmpty ? "." : named
            let path = (folder as NSString).appendingPathComponent(name)
            do throws(OutputWriter.Failure) {
                try OutputWriter.makeDirectory(folder)
                try OutputWriter.write(writer.page(review), to: path)
                Console.out("\(review.file): review written to \(path)")
            } catch {
                Console.fail(error.message)
                written = false
            }
        }
        return written
    }
}
