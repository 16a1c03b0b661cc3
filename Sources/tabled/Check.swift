import ArgumentParser
import Foundation
import Tabled
import TabledPack
import TabledModel

/// `tabled check`: does every table add up? Writes nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that every table adds up, without writing anything."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Tabled YAML papers and agendas, or published papers (.md, .html, .docx, .pdf) whose tables are checked.")
    var files: [String]

    @Option(name: .long, help: "text (compiler-style lines and a summary) or json.")
    var format: Format = .text

    @Option(name: .long, help: "A house style file, whose rules (required implications) are checked too.")
    var style: String?

    func run() throws {
        let renderer = try RendererSetup.make(templates: nil, style: style)
        let houseStyle = renderer.style
        var agendaLines: [String] = []
        var status = ExitStatus.success
        var summaries: [FileSummary] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            let format = PaperFormat(file: file)
            if format.isBinary {
                switch PublishedFile.read(file, as: format) {
                case .success(let reading):
                    let outcome = PaperChecker.check(reading)
                    diagnostics += outcome.diagnostics
                    summaries.append(FileSummary(file: file, verdicts: outcome.verdicts, diagnostics: outcome.diagnostics))
                    if outcome.diagnostics.hasErrors { status = status.worse(.inputErrors) }
                case .failure(.unreadable(let unreadable)):
                    Console.fail(unreadable.message)
                    status = status.worse(.usage)
                case .failure(.rejected(let diagnostic)):
                    diagnostics.append(diagnostic)
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
                status = status.worse(result.status)
                continue
            }
            let outcome = PaperChecker.check(source, file: file, style: houseStyle)
            let sorted = outcome.diagnostics
            diagnostics += sorted
            summaries.append(FileSummary(file: file, verdicts: outcome.verdicts, diagnostics: sorted))
            if sorted.hasErrors { status = status.worse(.inputErrors) }
        }
        switch format {
        case .text:
            Console.print(diagnostics)
            for summary in summaries { Console.out(summary.line) }
            for line in agendaLines { Console.out(line) }
        case .json:
            Console.out(CheckJSON(files: summaries, diagnostics: diagnostics).json())
        }
        if status != .success { throw status.exitCode }
    }
}
