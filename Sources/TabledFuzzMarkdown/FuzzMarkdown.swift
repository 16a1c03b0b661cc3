import Foundation
import Tabled
import TabledMarkdown
import TabledWriter

/// The fuzz callback: any bytes as a published Markdown paper through `tabled check` and its review page, and
/// the same bytes as officers' prose through the tree and every writer. Built only by
/// `make fuzz` (with `-sanitize=fuzzer`).
func tabledFuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(bytes: UnsafeBufferPointer(start: data, count: size), encoding: .utf8) else { return 0 }
    _ = ReviewPageWriter().page(PaperChecker.check(text, file: "fuzz.md").review)
    let blocks = CommonMarkConverter.parse(text).blocks
    _ = HTMLWriter().page(.init(title: "fuzz", stylesheet: ""), body: blocks)
    _ = PlainTextWriter().document(blocks)
    _ = MarkdownWriter().document(blocks)
    return 0
}
