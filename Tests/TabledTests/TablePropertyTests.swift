import Testing
import Tabled
import TabledModel

/// Properties of the checker over many random tables: no false alarms, no false passes.
@Suite struct TablePropertyTests {
    struct RandomTable {
        var scale: Int
        var columns: Int
        /// rows[r][c]; the last row is the total.
        var rows: [[Amount]]
        var style: NegativeStyle

        init(using generator: inout SeededGenerator) {
            scale = Int.random(in: 0...3, using: &generator)
            columns = Int.random(in: 1...4, using: &generator)
            style = Bool.random(using: &generator) ? .brackets : .minus
            let count = Int.random(in: 1...12, using: &generator)
            let width = columns, places = scale
            var data: [[Amount]] = []
            for _ in 0..<count {
                data.append((0..<width).map { _ in
                    Amount(significand: Int64.random(in: -5_000_000...20_000_000, using: &generator), scale: places)
                })
            }
            let totals = (0..<width).map { c in data.reduce(Amount(significand: 0, scale: places)) { $0.adding($1[c])! } }
            rows = data + [totals]
        }

        func yaml() -> String {
            var lines = [
                "kind: annex", "title: Random", "sections:", "  - title: S", "    paragraphs:", "      - table: t",
                "tables:", "  - id: t", "    caption: Random", "    unit: £000",
                "    columns: [" + (0..<columns).map { "c\($0)" }.joined(separator: ", ") + "]", "    rows:",
            ]
            for (r, row) in rows.enumerated() {
                let values = row.map { "\"\($0.formatted(negative: style))\"" }.joined(separator: ", ")
                if r == rows.count - 1 {
                    lines.append("      - {label: Total, total: sum, values: [\(values)]}")
                } else {
                    lines.append("      - [Row \(r + 1), \(values)]")
                }
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    @Test func exactTablesHaveNoDiagnostics() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<300 {
            let table = RandomTable(using: &generator)
            let diagnostics = PaperRenderer.check(table.yaml(), file: "random.yaml").diagnostics
            #expect(diagnostics.isEmpty, "\(table.yaml())\n\(diagnostics.map(\.message))")
        }
    }

    @Test func oneFigurePerturbedBeyondToleranceIsExactlyOneError() {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<300 {
            var table = RandomTable(using: &generator)
            let r = Int.random(in: 0..<table.rows.count, using: &generator)
            let c = Int.random(in: 0..<table.columns, using: &generator)
            // n printed figures allow n × half a unit; move the figure by n whole units.
            let n = table.rows.count
            let step = Amount(significand: Int64(n) * (Bool.random(using: &generator) ? 1 : -1), scale: table.scale)
            table.rows[r][c] = table.rows[r][c].adding(step)!
            let diagnostics = PaperRenderer.check(table.yaml(), file: "random.yaml").diagnostics
            #expect(diagnostics.count == 1, "\(table.yaml())\n\(diagnostics.map(\.message))")
            guard let d = diagnostics.first else { continue }
            #expect(d.id == "table.total-mismatch")
            // It is reported at the printed total of the perturbed column.
            #expect(d.location.line == 12 + table.rows.count, "\(d.location)")
            let difference = d.arithmetic?.difference.amount
            let expected = r == table.rows.count - 1 ? step : step.negated
            #expect(difference.map { Amount.compare($0, expected) == 0 } == true, "\(d.arithmetic!)")
        }
    }

    @Test func perturbedWithinToleranceIsOnlyAWarning() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            var table = RandomTable(using: &generator)
            guard table.rows.count >= 3 else { continue }
            let c = Int.random(in: 0..<table.columns, using: &generator)
            // One unit in the last place: inside n × half a unit whenever n ≥ 2.
            let last = table.rows.count - 1
            table.rows[last][c] = table.rows[last][c].adding(Amount(significand: 1, scale: table.scale))!
            let diagnostics = PaperRenderer.check(table.yaml(), file: "random.yaml").diagnostics
            #expect(diagnostics.map(\.id) == ["table.rounding-difference"], "\(diagnostics.map(\.message))")
        }
    }
}
