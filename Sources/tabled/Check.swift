import ArgumentParser
import Foundation
import Tabled
import TabledModel

/// `tabled check`: does every table add up? Writes nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that every table adds up, without writing anything."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Tabled YAML files, or Markdown papers (.md) whose pipe tables are checked.")
    var files: [String]

    @Option(name: .long, help: "text (compiler-style lines and a summary) or json.")
    var format: Format = .text

    @Option(name: .long, help: "A house style file, whose rules (required implications) are checked too.")
    var style: String?

    func run() throws {
        let houseStyle = try HouseStyleFile.load(style)
        var status = ExitStatus.success
        var summaries: [FileSummary] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            let source: String
            switch InputFile.read(file) {
            case .success(let text): source = text
            case .failure(.unreadable(let message)):
                Console.fail(message)
                status = status.worse(.usage)
                continue
            case .failure(.rejected(let diagnostic)):
                diagnostics.append(diagnostic)
                summaries.append(FileSummary(file: file, verdicts: [], diagnostics: [diagnostic]))
                status = status.worse(.inputErrors)
                continue
            }
            let outcome = ReviewCheck.check(source, file: file, style: houseStyle)
            let sorted = outcome.diagnostics
            diagnostics += sorted
            summaries.append(FileSummary(file: file, verdicts: outcome.verdicts, diagnostics: sorted))
            if sorted.hasErrors { status = status.worse(.inputErrors) }
        }
        switch format {
        case .text:
            Console.print(diagnostics)
            for summary in summaries { Console.out(summary.line) }
        case .json:
            Console.out(CheckReport(files: summaries, diagnostics: diagnostics).json())
        }
        if status != .success { throw status.exitCode }
    }
}
