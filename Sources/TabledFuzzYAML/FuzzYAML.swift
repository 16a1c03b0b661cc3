import Foundation
import Tabled
import TabledWriter

/// Renders with the default templates; built once, as a real run builds it once.
private let renderer = try? PaperRenderer()

/// A report whose two appendix files are the fuzzed bytes, one public and one exempt: the
/// appendix path (checked with the report's figures, nested, written apart) gets them too.
private let report = PaperRenderer.check("""
    meeting: {body: Cabinet, date: 2026-03-21}
    title: Report
    recommendations: ["Note {{figure:spend}}."]
    figures:
      spend: {value: 3, unit: £}
    appendices:
      - {title: Costs, file: a.yaml}
      - {title: Bids, file: b.yaml, exempt: {paragraphs: [3]}}
    """, file: "report.yaml")

/// The fuzz callback: any bytes through the whole render path, as `tabled render` runs it:
/// read, check (and its review page), present, lay out, and every writer (HTML, plain text, Markdown). A crash, a
/// hang or a runaway allocation is a finding. Built only by `make fuzz` (with `-sanitize=fuzzer`).
func tabledFuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(bytes: UnsafeBufferPointer(start: data, count: size), encoding: .utf8) else { return 0 }
    _ = ReviewPageWriter().page(PaperChecker.check(text, file: "fuzz.yaml").review)
    if let paper = renderer?.render(text, file: "fuzz.yaml").paper {
        _ = paper.markdown
    }
    let appendices = [AppendixSource(index: 0, text: text, file: "a.yaml"), AppendixSource(index: 1, text: text, file: "b.yaml")]
    if let paper = renderer?.render(report, appendices: appendices).paper {
        _ = paper.markdown
        _ = HTMLWriter().fragment(PublicView.blocks(of: paper, for: .confidential))
    }
    _ = PaperChecker.check(report, file: "report.yaml", style: .standard, appendices: appendices)
    return 0
}
