import Foundation
import Tabled
import TabledCommandLine
import TabledModel
import TabledReader

/// Reads a paper published as HTML, Word or PDF into the table model, for `tabled check`.
enum PublishedFile {
    /// Published files are larger than papers written in YAML: a 50-page PDF pack with its
    /// pictures runs to tens of megabytes.
    static let maximumBytes = 64 * 1024 * 1024
    /// An HTML page has no pictures in it: a long paper's page is well under a megabyte. A page
    /// of nothing but small cells takes some seventy-five times its size to read and check (an
    /// 8 MB page of 171,000 rows, 620 MB), so a larger one is refused unread.
    static let maximumHTMLBytes = 6 * 1024 * 1024

    static func read(_ path: String, as format: PaperFormat) -> Result<PaperReading, InputFile.Failure> {
        let tooLarge = InputFile.Failure.rejected(Diagnostic(.tooLarge(megabytes: maximumBytes / 1024 / 1024), at: .start(of: path)))
        switch format {
        case .html:
            do throws(InputFile.Unreadable) {
                guard let data = try InputFile.bytes(path, maximumBytes: maximumHTMLBytes) else {
                    return .failure(.rejected(Diagnostic(.tooLarge(megabytes: maximumHTMLBytes / 1024 / 1024), at: .start(of: path))))
                }
                return .success(HTMLPaperReader.read([UInt8](data), file: path))
            } catch {
                return .failure(.unreadable(error))
            }
        case .word, .pdf:
            // Read by the zip reader or by poppler, from the file: only its kind and size are checked here.
            do throws(InputFile.Unreadable) {
                guard try InputFile.isSmallEnough(path, maximumBytes: maximumBytes) else { return .failure(tooLarge) }
            } catch {
                return .failure(.unreadable(error))
            }
            return format == .word ? readWord(path) : readPDF(path)
        case .yaml, .markdown:
            preconditionFailure("text papers are read by InputFile")
        }
    }

    private static func readWord(_ path: String) -> Result<PaperReading, InputFile.Failure> {
        switch WordArchive.documentXML(path) {
        case .success(let xml): return .success(WordPaperReader.read(documentXML: xml, file: path))
        case .failure(let whyNot):
            return .failure(.rejected(Diagnostic(.unreadablePaper(format: "Word", why: whyNot.reason), at: .start(of: path))))
        }
    }

    private static func readPDF(_ path: String) -> Result<PaperReading, InputFile.Failure> {
        let rules = PDFDrawnRules.start(path)
        let boxes = PDFWordBoxes.read(path)
        // Waited for whatever poppler said: MuPDF is bounded by the same time, and a run that
        // ended before it would leave it running on a hostile file.
        let rulings = rules.wait()
        switch boxes {
        case .success(let boxes): return .success(PDFPaperReader.read(wordBoxes: boxes, rulings: rulings, file: path))
        case .failure(.missingTool): return .failure(.unreadable(InputFile.Unreadable(path: path, reason: PDFWordBoxes.installHelp)))
        case .failure(.unreadable(let why)):
            return .failure(.rejected(Diagnostic(.unreadablePaper(format: "PDF", why: why), at: .start(of: path))))
        }
    }
}
