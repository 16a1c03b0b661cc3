import ArgumentParser
import Foundation
import Tabled
import TabledCommandLine

/// What `decisions` and `minutes` are given: the clerk's record of the meeting, and how to write
/// what it makes.
struct RecordOptions: ParsableArguments {
    @Argument(help: "The decisions or minutes file.")
    var file: String

    @Option(name: .shortAndLong, help: "Folder to write into (default: beside the file).")
    var output: String?

    @Option(name: .long, help: "Output formats, comma-separated: html, text, pdf, docx, markdown.")
    var format: String = "html,text"

    @Option(name: .long, help: "A house style file: the council's name, closure days.")
    var style: String?

    /// The formats, the PDF printer if one is asked for, the renderer in the house style, and
    /// the record's text: everything a record command needs before it builds.
    mutating func setUp() throws -> (writer: NoticeWriter, renderer: PaperRenderer, source: String) {
        if let project = try ProjectFile.find(for: [file]) { (style, output) = (style ?? project.style, output ?? project.output) }
        let (formats, printer) = try NoticeWriter.setup(format)
        let renderer = try RendererSetup.make(templates: nil, style: style)
        CommitGuard.install()
        return (NoticeWriter(renderer: renderer, formats: formats, printer: printer), renderer, try InputFile.textOrExit(file))
    }
}
