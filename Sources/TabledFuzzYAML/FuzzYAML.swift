import Foundation
import Tabled
import TabledWriter

/// Renders with the default templates; built once, as a real run builds it once.
private let renderer = try? PaperRenderer()

/// The fuzz callback: any bytes through the whole render path, as `tabled render` runs it:
/// read, check (and its review page), present, lay out, and every writer (HTML, plain text, Markdown). A crash, a
/// hang or a runaway allocation is a finding. Built only by `make fuzz` (with `-sanitize=fuzzer`).
func tabledFuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(bytes: UnsafeBufferPointer(start: data, count: size), encoding: .utf8) else { return 0 }
    _ = ReviewPageWriter().page(PaperChecker.check(text, file: "fuzz.yaml").review)
    if let paper = renderer?.render(text, file: "fuzz.yaml").paper {
        _ = paper.markdown
    }
    return 0
}
