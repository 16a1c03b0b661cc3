import Tabled
import TabledReader

/// The fuzz callback: any bytes as a paper published in HTML, as a Word file's document part,
/// and as poppler's PDF word boxes, each read and checked as `tabled check` does. Built only
/// by `make fuzz`.
func tabledFuzzPublished(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = PaperChecker.check(HTMLPaperReader.read(bytes, file: "fuzz.html"))
    _ = PaperChecker.check(WordPaperReader.read(documentXML: bytes, file: "fuzz.docx"))
    _ = PaperChecker.check(PDFPaperReader.read(wordBoxes: bytes, file: "fuzz.pdf"))
    return 0
}
