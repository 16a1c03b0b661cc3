import Foundation
import TabledCheck

/// The fuzz callback: any bytes through the Markdown table checker. Built only by
/// `make fuzz` (with `-sanitize=fuzzer`).
func tabledFuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(bytes: UnsafeBufferPointer(start: data, count: size), encoding: .utf8) else { return 0 }
    _ = MarkdownPaperChecker.check(text, file: "fuzz.md")
    return 0
}
