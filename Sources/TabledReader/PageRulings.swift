/// The lines drawn on a PDF page that can be a table's cell borders: thin rules and the edges
/// of boxes, as MuPDF traces them (`mutool run`, which the command line runs). Coordinates are
/// points from the page's top left, as poppler's word boxes are.
public struct PageRulings: Sendable, Equatable {
    /// A rule across the page at `y`, from `from` to `to`.
    public struct Horizontal: Sendable, Equatable {
        var y, from, to: Double
    }

    /// A rule down the page at `x`, from `from` to `to`.
    public struct Vertical: Sendable, Equatable {
        var x, from, to: Double
    }

    var horizontal: [Horizontal] = []
    var vertical: [Vertical] = []

    /// The most rules read from one page: a page of drawing, not of tables, is read without them.
    static let mostRules = 5_000

    /// Reads the tracer's lines, `p N` opening page N and `h Y X0 X1` or `v X Y0 Y1` a rule:
    /// the rules by page number. Anything else in a line is ignored, as is a page of too many.
    public static func read(_ bytes: [UInt8]) -> [Int: PageRulings] {
        var pages: [Int: PageRulings] = [:]
        var page = 0
        var current = PageRulings()
        func close() {
            if page > 0, current.horizontal.count + current.vertical.count <= mostRules { pages[page] = current }
            current = PageRulings()
        }
        for line in bytes.split(separator: 0x0A) {
            let fields = line.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            guard let kind = fields.first else { continue }
            if kind == "p", fields.count == 2, let number = Int(fields[1]), number > 0 {
                close()
                page = number
                continue
            }
            guard fields.count == 4, let a = Double(fields[1]), let b = Double(fields[2]), let c = Double(fields[3]),
                  a.isFinite, b.isFinite, c.isFinite, b <= c else { continue }
            if current.horizontal.count + current.vertical.count > mostRules { continue }
            if kind == "h" { current.horizontal.append(Horizontal(y: a, from: b, to: c)) }
            if kind == "v" { current.vertical.append(Vertical(x: a, from: b, to: c)) }
        }
        close()
        return pages
    }

    /// Whether a rule runs between `top` and `bottom` (a gap between two lines of text) across `x`.
    func hasRule(between top: Double, and bottom: Double, across x: Double) -> Bool {
        horizontal.contains { $0.y > top - 0.5 && $0.y < bottom + 0.5 && $0.from <= x + 1 && $0.to >= x + 4 }
    }

    /// Whether a rule runs down between `left` and `right` (a gap between two words) through `y`.
    func hasRule(between left: Double, and right: Double, through y: Double) -> Bool {
        vertical.contains { $0.x > left - 0.5 && $0.x < right + 0.5 && $0.from <= y && $0.to >= y }
    }
}
