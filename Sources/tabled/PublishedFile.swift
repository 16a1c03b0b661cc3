import Foundation
import Tabled
import TabledModel
import TabledReader

/// Reads a paper published as HTML, Word or PDF into the table model, for `tabled check`.
enum PublishedFile {
    /// Published files are larger than papers written in YAML: a 50-page PDF pack with its
    /// pictures runs to tens of megabytes.
    static let maximumBytes = 64 * 1024 * 1024

    static func read(_ path: String, as format: PaperFormat) -> Result<PaperReading, InputFile.Failure> {
        let data: Data
        switch InputFile.bytes(path, maximumBytes: maximumBytes) {
        case .failure(let unreadable): return .failure(.unreadable(unreadable))
        case .success(nil):
            return .failure(.rejected(Diagnostic(.tooLarge(megabytes: maximumBytes / 1024 / 1024), at: .start(of: path))))
        case .success(let read?): data = read
        }
        switch format {
        case .html:
            return .success(HTMLPaperReader.read([UInt8](data), file: path))
        case .word:
            switch WordArchive.documentXML(path) {
            case .success(let xml): return .success(WordPaperReader.read(documentXML: xml, file: path))
            case .failure(let whyNot):
                return .failure(.rejected(Diagnostic(.unreadablePaper(format: "Word", why: whyNot.reason), at: .start(of: path))))
            }
        case .pdf:
            switch PDFWordBoxes.read(path) {
            case .success(let boxes): return .success(PDFPaperReader.read(wordBoxes: boxes, file: path))
            case .failure(.missingTool): return .failure(.unreadable(InputFile.Unreadable(path: path, reason: PDFWordBoxes.installHelp)))
            case .failure(.unreadable(let why)):
                return .failure(.rejected(Diagnostic(.unreadablePaper(format: "PDF", why: why), at: .start(of: path))))
            }
        case .yaml, .markdown:
            preconditionFailure("text papers are read by InputFile")
        }
    }
}
