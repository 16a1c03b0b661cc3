import Foundation
import Tabled
import TabledCommandLine
import TabledModel
import TabledPack
import TabledPresent
import TabledReader
import TabledWord
import TabledWriter

/// Writes a notice (a decision notice, a forward plan) in the formats asked for, together,
/// as `render` writes a paper: staged, then moved in.
struct NoticeWriter {
    let renderer: PaperRenderer
    let formats: [OutputFormat]
    let printer: PDFPrinter.Printer?

    /// Writes DIR/NAME.EXT for each format; returns the error message if writing failed.
    func write(_ blocks: [Block], title: String, header: [String], name: String, folder: String, readableFrom roots: [String]) -> String? {
        let style = renderer.style
        do throws(OutputWriter.Failure) {
            try OutputWriter.makeDirectory(folder)
            StagedOutput.recover(in: folder)
            let staged = try StagedOutput(folder: folder, name: name)
            do throws(OutputWriter.Failure) {
                let html = HTMLWriter().page(.init(title: title, stylesheet: renderer.renderer.templates.stylesheet
                    + PageStyle.css(header: header, style: style), author: style.council ?? header.first), body: blocks)
                let properties = renderer.wordProperties(nil, title: title, header: header, exempt: false)
                let document = DocumentFiles(html: html, text: { PlainTextWriter().document(blocks) },
                                             markdown: { MarkdownWriter().document(blocks) },
                                             docx: { () throws(WordWriter.Failure) in try renderer.word.document(blocks, properties: properties) })
                _ = try document.write(into: staged, name: name, formats: formats, printer: printer, roots: roots, base: folder)
                StagedOutput.flush([folder])
                try staged.commit()
                StagedOutput.flush([folder])
            } catch {
                staged.discard()
                throw error
            }
        } catch {
            return error.message
        }
        return nil
    }

    /// The formats a notice may be written in, checked, and the PDF printer if one is asked for.
    static func setup(_ format: String) throws -> (formats: [OutputFormat], printer: PDFPrinter.Printer?) {
        switch OutputFormat.list(format) {
        case .success(let formats):
            return (formats, formats.contains(.pdf) ? try PDFPrinter.required() : nil)
        case .failure(let error):
            Console.fail(error.message)
            throw ExitStatus.usage.exitCode
        }
    }
}
