import Testing
import Tabled
import TabledModel

/// Balances as statements of accounts print them, drawn at random: every correct one adds up
/// with each figure checked, and one misprinted figure is always found. Down the rows, a
/// movement in reserves of one or two years (a "Total comprehensive income" row under each
/// opening, the year's sum or not, a Total column or not); across the columns, earmarked
/// reserves over one or two years (transfers out in brackets or printed positive, the total
/// row adding the misprint as a spreadsheet would, or printed right, or absent).
@Suite struct BalancePropertyTests {
    private static func printed(_ value: Int) -> String {
        let digits = String(abs(value)).reversed().enumerated().map { i, c in i > 0 && i % 3 == 0 ? ",\(c)" : "\(c)" }.joined()
        let text = String(digits.reversed())
        return value < 0 ? "(\(text))" : text
    }

    private static func markdown(header: [String], rows: [(String, [Int])]) -> String {
        (["| " + header.joined(separator: " | ") + " |", "|---" + String(repeating: "|--:", count: header.count - 1) + "|"]
            + rows.map { "| \($0.0) | " + $0.1.map(printed).joined(separator: " | ") + " |" }).joined(separator: "\n") + "\n"
    }

    /// What a paper's check found: errors, warnings, and whether every table adds up.
    private static func verdict(_ text: String) -> (errors: Int, warnings: Int, addsUp: Bool) {
        let result = PaperChecker.check(text, file: "balance.md")
        return (result.diagnostics.filter { $0.severity == .error }.count, result.diagnostics.filter { $0.severity == .warning }.count,
                !result.verdicts.isEmpty && result.verdicts.allSatisfy { $0.uncheckedFigures.isEmpty && $0.identitiesChecked > 0 })
    }

    private static func misprint(_ rows: inout [(String, [Int])], using random: inout SeededGenerator) {
        let r = Int.random(in: rows.indices, using: &random), c = Int.random(in: rows[r].1.indices, using: &random)
        rows[r].1[c] += (Bool.random(using: &random) ? 1 : -1) * Int.random(in: 10...900, using: &random)
    }

    @Test func movementsInReservesDownTheRows() {
        var random = SeededGenerator(seed: 29)
        for n in 0..<120 {
            let columns = Int.random(in: 1...5, using: &random)
            let totalColumn = columns >= 2 && Bool.random(using: &random)
            var balance = (0..<columns).map { _ in Int.random(in: -90_000...90_000, using: &random) }
            var rows: [(String, [Int])] = [("Balance at 1 April 2024", balance)]
            for year in 0..<Int.random(in: 1...2, using: &random) {
                let moves = (0..<Int.random(in: 2...4, using: &random)).map { k in
                    (k == 0 ? "Total comprehensive income and expenditure" : ["Transfers to reserves", "Interest", "Other movements"][k - 1],
                     (0..<columns).map { _ in Int.random(in: -9000...9000, using: &random) })
                }
                rows += moves
                let inYear = (0..<columns).map { c in moves.reduce(0) { $0 + $1.1[c] } }
                if Bool.random(using: &random) { rows.append(("(Increase)/decrease in year", inYear)) }
                balance = zip(balance, inYear).map { $0 + $1 }
                rows.append(("Balance at 31 March \(2025 + year)", balance))
            }
            let wrong = Bool.random(using: &random)
            if wrong { Self.misprint(&rows, using: &random) }
            if totalColumn { rows = rows.map { ($0.0, $0.1 + [$0.1.reduce(0, +)]) } }
            let header = ["Movement"] + (0..<columns).map { "Reserve \($0 + 1) £000" } + (totalColumn ? ["Total £000"] : [])
            let text = Self.markdown(header: header, rows: rows)
            let found = Self.verdict(text)
            if wrong {
                #expect(found.errors > 0, "case \(n): a misprint went unfound\n\(text)")
            } else {
                #expect(found.errors == 0 && found.warnings == 0 && found.addsUp, "case \(n): \(found)\n\(text)")
            }
        }
    }

    @Test func earmarkedReservesAcrossTheColumns() {
        var random = SeededGenerator(seed: 35)
        for n in 0..<120 {
            let years = Int.random(in: 1...2, using: &random), outPositive = Bool.random(using: &random)
            var header = ["Reserve", "Balance at 1 April 2024 £000"]
            for year in 0..<years {
                header += ["Transfers out 202\(4 + year)/2\(5 + year) £000", "Transfers in 202\(4 + year)/2\(5 + year) £000",
                           "Balance at 31 March 202\(5 + year) £000"]
            }
            var rows: [(String, [Int])] = (0..<Int.random(in: 3...8, using: &random)).map { i in
                var balance = Int.random(in: 100...20_000, using: &random)
                var figures = [balance]
                for _ in 0..<years {
                    let out = Int.random(in: 0...(balance / 2), using: &random), into = Int.random(in: 0...5000, using: &random)
                    balance += into - out
                    figures += [outPositive ? out : -out, into, balance]
                }
                return ("Reserve \(i + 1)", figures)
            }
            let right = rows
            let wrong = Bool.random(using: &random)
            if wrong { Self.misprint(&rows, using: &random) }
            // The total as a spreadsheet adds the printed figures, or as they should have been, or none.
            switch Int.random(in: 0...2, using: &random) {
            case 0: rows.append(("Total", rows[0].1.indices.map { c in rows.reduce(0) { $0 + $1.1[c] } }))
            case 1: rows.append(("Total", right[0].1.indices.map { c in right.reduce(0) { $0 + $1.1[c] } }))
            default: break
            }
            let text = Self.markdown(header: header, rows: rows)
            let found = Self.verdict(text)
            if wrong {
                #expect(found.errors > 0, "case \(n): a misprint went unfound\n\(text)")
            } else {
                #expect(found.errors == 0 && found.warnings == 0 && found.addsUp, "case \(n): \(found)\n\(text)")
            }
        }
    }
}
