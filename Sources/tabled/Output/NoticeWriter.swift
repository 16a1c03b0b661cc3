import Foundation
import Tabled
import TabledCommandLine
import TabledWord

/// Writes a notice (a decision notice, a forward plan) in the formats asked for, together,
/// as `render` writes a paper: staged, then moved in.
struct NoticeWriter {
    let renderer: PaperRenderer
    let formats: [OutputFormat]
    let printer: PDFPrinter.Printer?

    /// Writes DIR/NAME.EXT for each format, and DIR/NAME.json when the notice has a JSON form;
    /// returns the error message if writing failed.
    func write(_ notice: RenderedNotice, name: String, folder: String, readableFrom roots: [String], json: String? = nil) -> String? {
        do throws(OutputWriter.Failure) {
            try OutputWriter.makeDirectory(folder)
            StagedOutput.recover(in: folder)
            let staged = try StagedOutput(folder: folder, name: name)
            do throws(OutputWriter.Failure) {
                let document = DocumentFiles(html: notice.html, text: { notice.text }, markdown: { notice.markdown },
                                             docx: { () throws(WordWriter.Failure) in try renderer.docx(notice) })
                _ = try document.write(into: staged, name: name, formats: formats, printer: printer, roots: roots, base: folder)
                if let json { try staged.write(json, as: name + ".json") }
                StagedOutput.flush([folder])
                try staged.commit()
                StagedOutput.flush([folder])
                let written = formats.filter { $0 != .pdf || printer != nil }.map(\.fileExtension) + (json == nil ? [] : ["json"])
                for ext in written { Console.say("wrote " + (folder as NSString).appendingPathComponent(name + "." + ext)) }
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
