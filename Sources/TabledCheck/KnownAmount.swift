import TabledModel

/// An amount the paper states in a figure or a table, in pounds, with where it is.
struct KnownAmount {
    /// Where the paper states the amount: its words are made only for a diagnostic, as
    /// nearly every paper's prose quotes none of them wrongly.
    enum Source {
        case figure(String)
        case table(String, row: String)
    }

    var pounds: Amount
    /// The amount as written, in its unit.
    var written: Amount
    var unit: AmountUnit
    var source: Source
    var location: SourceLocation

    /// "figure 'pool_total'", "table 'contributions', row 'PCTs'".
    var name: String {
        switch source {
        case .figure(let name): "figure '\(name)'"
        case .table(let table, let row): "table '\(table)', row '\(row)'"
        }
    }

    var printed: String {
        written.formatted(unit: unit, negative: .minus)
    }

    /// The power of ten a printed amount is good to, in pounds: £0.377m is to the nearest £1,000 (3).
    static func precision(of amount: Amount, unit: AmountUnit) -> Int? {
        unit.poundsExponent.map { $0 - amount.scale }
    }

    /// `pounds` rounded to the nearest 10^power pounds, halves away from zero.
    static func round(_ pounds: Amount, toPowerOfTen power: Int) -> Amount {
        guard power > 0 else { return pounds.rounded(toScale: -power) }
        var whole = pounds.rounded(toScale: 0).significand
        var unit: Int64 = 1
        for _ in 0..<power { unit *= 10 }
        let remainder = whole % unit
        whole -= remainder
        if remainder.magnitude * 2 >= unit.magnitude { whole += remainder < 0 ? -unit : unit }
        return Amount(significand: whole, scale: 0)
    }

    /// The amount in pounds, keeping its printed precision; nil if it is not money.
    static func inPounds(_ amount: Amount, unit: AmountUnit) -> Amount? {
        guard unit.poundsExponent != nil else { return nil }
        return amount.converted(from: unit, to: .pounds)
    }

    static func all(in report: Report) -> [KnownAmount] {
        var known: [KnownAmount] = []
        for figure in report.figures {
            guard let amount = figure.value.value.amount, let pounds = inPounds(amount, unit: figure.unit) else { continue }
            known.append(KnownAmount(pounds: pounds, written: amount, unit: figure.unit, source: .figure(figure.name.value),
                                     location: figure.value.location))
        }
        for table in report.tables {
            for row in table.rows {
                for (c, cell) in row.cells.enumerated() where c < table.columns.count && !table.columns[c].isText {
                    let unit = table.unit(of: table.columns[c])
                    guard let amount = cell.value.amount, let pounds = inPounds(amount, unit: unit) else { continue }
                    known.append(KnownAmount(pounds: pounds, written: amount, unit: unit, source: .table(table.id.value, row: row.label.value),
                                             location: cell.text.location))
                }
            }
        }
        return known
    }
}
