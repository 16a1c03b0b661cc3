import Tabled
import TabledReader
import TabledWriter

/// The fuzz callback: any bytes as a paper published in HTML, as a Word file's document part,
/// and as poppler's PDF word boxes, each read and checked as `tabled check` does, and its
/// review page written (`check --format html`). Built only by `make fuzz`.
func tabledFuzzPublished(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let writer = ReviewPageWriter()
    for reading in [HTMLPaperReader.read(bytes, file: "fuzz.html"), WordPaperReader.read(documentXML: bytes, file: "fuzz.docx"),
                    PDFPaperReader.read(wordBoxes: bytes, file: "fuzz.pdf")] {
        _ = writer.page(PaperChecker.check(reading).review)
    }
    return 0
}
