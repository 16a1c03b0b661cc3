import ArgumentParser
import Foundation
import Tabled
import TabledPresent

/// `tabled render`: check papers and write them as HTML and plain text.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check papers and write them as HTML and plain text.",
        discussion: """
        Writes DIR/NAME.html and DIR/NAME.txt for each NAME.yaml. A paper with errors is \
        reported and nothing is written for it; the others are still written.
        """
    )

    @Argument(help: "Report YAML files.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Folder to write into (default: beside each input).")
    var output: String?

    @Option(name: .long, help: "Output formats, comma-separated: html, text, pdf (pdf needs WeasyPrint).")
    var format: String = "html,text"

    @Option(name: .long, help: "Folder of templates that override the defaults by file name.")
    var templates: String?

    @Option(name: .long, help: "A house style file: numbering, negatives, the council's name.")
    var style: String?

    func run() throws {
        let formats: [OutputFormat]
        switch OutputFormat.list(format) {
        case .success(let list): formats = list
        case .failure(let error):
            Console.fail(error.message)
            throw ExitStatus.usage.exitCode
        }
        var weasyprint: String?
        if formats.contains(.pdf) { weasyprint = try PDFPrinter.required() }
        let renderer = try RendererSetup.make(templates: templates, style: style)

        // Two inputs must not write the same output file.
        var targets: [String: String] = [:]
        for file in files {
            let target = outputBase(for: file)
            if let other = targets[target] {
                Console.fail("'\(file)' and '\(other)' would both be written to '\(target).*'; render them into different folders")
                throw ExitStatus.usage.exitCode
            }
            targets[target] = file
        }

        var status = ExitStatus.success
        for file in files {
            status = status.worse(render(file, with: renderer, formats: formats, weasyprint: weasyprint))
        }
        if status != .success { throw status.exitCode }
    }

    private func outputBase(for file: String) -> String {
        let url = URL(fileURLWithPath: file)
        let name = url.deletingPathExtension().lastPathComponent
        let folder = output ?? url.deletingLastPathComponent().path
        return (folder as NSString).appendingPathComponent(name)
    }

    private func render(_ file: String, with renderer: PaperRenderer, formats: [OutputFormat], weasyprint: String?) -> ExitStatus {
        let source: String
        switch InputFile.read(file) {
        case .success(let text): source = text
        case .failure(.unreadable(let message)):
            Console.fail(message)
            return .usage
        case .failure(.rejected(let diagnostic)):
            Console.print([diagnostic])
            return .inputErrors
        }
        let outcome = renderer.render(source, file: file)
        Console.print(outcome.diagnostics)
        guard let paper = outcome.paper else {
            Console.err("\(file): not rendered: fix the errors above; nothing was written")
            return .inputErrors
        }
        let base = outputBase(for: file)
        do {
            try OutputWriter.makeDirectory((base as NSString).deletingLastPathComponent)
            for format in formats {
                let path = base + "." + format.fileExtension
                switch format {
                case .html: try OutputWriter.write(paper.html, to: path)
                case .text: try OutputWriter.write(paper.text, to: path)
                case .pdf: try PDFPrinter.print(paper.html, to: path, using: weasyprint ?? "weasyprint")
                }
            }
        } catch {
            Console.fail(error.message)
            return .writeFailed
        }
        return .success
    }
}
