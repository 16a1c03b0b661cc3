import Foundation
import TabledWord

/// One document in every form it can be written in, made only when asked for: what
/// `render` writes for a paper, and `decisions` and `forward-plan` for their notices.
struct DocumentFiles {
    var html: String
    var text: () -> String
    var markdown: () -> String
    var docx: () throws(WordWriter.Failure) -> Data

    /// Writes NAME.EXT into the staging folder for each format; returns the addresses the PDF
    /// printer refused to fetch. PDFs read files only under `roots`; relative links resolve from `base`.
    func write(into staged: StagedOutput, name: String, formats: [OutputFormat], printer: PDFPrinter.Printer?,
               roots: [String], base: String) throws(OutputWriter.Failure) -> [String] {
        var refused: [String] = []
        for format in formats {
            let fileName = name + "." + format.fileExtension
            switch format {
            case .html: try staged.write(html, as: fileName)
            case .text: try staged.write(text(), as: fileName)
            case .markdown: try staged.write(markdown(), as: fileName)
            case .pdf:
                guard let printer else { continue }
                refused += try PDFPrinter.print(html, to: staged.path(fileName), using: printer, roots: roots, base: base)
            case .docx:
                let document: Data
                do throws(WordWriter.Failure) {
                    document = try docx()
                } catch {
                    throw OutputWriter.Failure(message: "cannot write '\(fileName)': \(error.description)")
                }
                try staged.write(document, as: fileName)
            }
        }
        return refused
    }
}
