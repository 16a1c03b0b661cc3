import Foundation
import TabledReader

/// The rules drawn on each page of a PDF, traced by MuPDF (`mutool run` with the script
/// below): a ruled table's cell borders, for `PDFPaperReader`. Poppler's word boxes carry no
/// drawing, and MuPDF's JavaScript device gives a page's paths without its glyphs, so the
/// trace costs less than poppler's own pass; it runs beside poppler, not after it.
///
/// Rules only help: where MuPDF is not installed, fails or takes too long, the paper is read
/// from its words alone, as before.
enum PDFDrawnRules {
    /// The most output read: some 30 bytes a rule, for pages of a few hundred rules.
    static let maximumOutputBytes = 32 * 1024 * 1024

    /// The trace, started beside poppler's: `wait()` for its rules.
    static func start(_ path: String) -> AwaitedValue<[Int: PageRulings]> {
        let pending = AwaitedValue<[Int: PageRulings]>([:])
        Thread { pending.set(read(path)) }.start()
        return pending
    }

    static func read(_ path: String) -> [Int: PageRulings] {
        guard let tool = BoundedRun.locate("mutool") else { return [:] }
        let seconds = PDFWordBoxes.timeoutSeconds(forFileOf: PDFWordBoxes.fileSize(path))
        let run = BoundedRun.run(tool, ["run", "/dev/stdin", path], input: Array(script.utf8), seconds: seconds) { output, _ in
            output.count <= maximumOutputBytes
        }
        guard case .finished(0, _) = run.ending else { return [:] }
        return PageRulings.read(run.output)
    }

    /// Prints `p N` for each page, then `h Y X0 X1` for each rule across it and `v X Y0 Y1` for
    /// each rule down it, in points from the page's top left: thin lines and filled strips, and
    /// the four edges of each box (a cell's border, a shaded row).
    static let script = #"""
var doc = new Document(scriptArgs[0]);
var n = doc.countPages();
var out = [];
var page;
function add(path, ctm, width) {
  var x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9, curved = false, count = 0;
  var sx = 0, sy = 0;
  function flush() {
    if (count > 1 && !curved) {
      var w = x1 - x0, h = y1 - y0;
      if (h <= 2 + width && w >= 4) out.push("h " + ((y0 + y1) / 2).toFixed(2) + " " + x0.toFixed(2) + " " + x1.toFixed(2));
      else if (w <= 2 + width && h >= 4) out.push("v " + ((x0 + x1) / 2).toFixed(2) + " " + y0.toFixed(2) + " " + y1.toFixed(2));
      else if (w > 4 && h > 4 && count <= 5) {
        out.push("h " + y0.toFixed(2) + " " + x0.toFixed(2) + " " + x1.toFixed(2));
        out.push("h " + y1.toFixed(2) + " " + x0.toFixed(2) + " " + x1.toFixed(2));
        out.push("v " + x0.toFixed(2) + " " + y0.toFixed(2) + " " + y1.toFixed(2));
        out.push("v " + x1.toFixed(2) + " " + y0.toFixed(2) + " " + y1.toFixed(2));
      }
    }
    x0 = 1e9; y0 = 1e9; x1 = -1e9; y1 = -1e9; curved = false; count = 0;
  }
  function point(x, y) {
    var px = x * ctm[0] + y * ctm[2] + ctm[4], py = x * ctm[1] + y * ctm[3] + ctm[5];
    if (px < x0) x0 = px; if (px > x1) x1 = px; if (py < y0) y0 = py; if (py > y1) y1 = py;
    count++;
  }
  if (out.length > 5000) throw new Error("busy");
  path.walk({
    moveTo: function (x, y) { flush(); point(x, y); },
    lineTo: function (x, y) { point(x, y); },
    curveTo: function () { curved = true; },
    closePath: function () {},
  });
  flush();
}
for (var p = 0; p < n; p++) {
  out = [];
  try {
    page = doc.loadPage(p);
    page.run({
      fillPath: function (path, evenOdd, ctm) { add(path, ctm, 0); },
      strokePath: function (path, stroke, ctm) { add(path, ctm, stroke.lineWidth || 1); },
    }, Identity);
  } catch (e) {
    // A page of more rules than a table has (5,000, as PageRulings.mostRules) is drawing:
    // it is read from its words alone, and MuPDF stops tracing it at once.
    out = [];
  }
  print("p " + (p + 1));
  if (out.length) print(out.join("\n"));
}
"""#
}
