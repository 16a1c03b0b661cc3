import Tabled
import TabledReader
import TabledWriter

/// The fuzz callback: any bytes as a paper published in HTML, as a Word file's document part,
/// and as poppler's PDF word boxes (with the same bytes read as MuPDF's traced rules, so that
/// `p 1` and `h 100 0 500` lines in a page of boxes rule it), each read and checked as `tabled check` does, and its
/// review page written (`check --format html`). Built only by `make fuzz`.
func tabledFuzzPublished(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let writer = ReviewPageWriter()
    for reading in [HTMLPaperReader.read(bytes, file: "fuzz.html"), WordPaperReader.read(documentXML: bytes, file: "fuzz.docx"),
                    PDFPaperReader.read(wordBoxes: bytes, rulings: PageRulings.read(bytes), file: "fuzz.pdf")] {
        _ = writer.page(PaperChecker.check(reading).review)
    }
    return 0
}
