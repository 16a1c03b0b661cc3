import TabledModel

/// An amount the paper states in a figure or a table, in pounds, with where it is.
struct KnownAmount {
    var pounds: Amount
    /// "figure 'pool_total'", "table 'contributions', row 'PCTs'".
    var name: String
    var printed: String
    var location: SourceLocation

    /// How many pounds one of the unit is; nil for units that are not money.
    static func poundsPerUnit(_ unit: AmountUnit) -> Int64? {
        switch unit {
        case .pounds: 1
        case .thousands: 1_000
        case .millions: 1_000_000
        case .billions: 1_000_000_000
        case .number, .percent: nil
        }
    }

    /// The power of ten a printed amount is good to, in pounds: £0.377m is to the nearest £1,000 (3).
    static func precision(of amount: Amount, unit: AmountUnit) -> Int? {
        guard var factor = poundsPerUnit(unit) else { return nil }
        var digits = 0
        while factor > 1 { factor /= 10; digits += 1 }
        return digits - amount.scale
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

    /// The amount in pounds; nil if it is not money.
    static func inPounds(_ amount: Amount, unit: AmountUnit) -> Amount? {
        guard var factor = poundsPerUnit(unit) else { return nil }
        var result = amount
        // Move the decimal point right rather than multiply, so the printed precision survives.
        while factor > 1 {
            factor /= 10
            if result.scale > 0 {
                result.scale -= 1
            } else {
                guard let times10 = result.multiplied(by: 10) else { return nil }
                result = times10
            }
        }
        return result
    }

    static func all(in report: Report) -> [KnownAmount] {
        var known: [KnownAmount] = []
        for figure in report.figures {
            guard let amount = figure.value.value.amount, let pounds = inPounds(amount, unit: figure.unit) else { continue }
            known.append(KnownAmount(pounds: pounds, name: "figure '\(figure.name.value)'",
                                     printed: amount.formatted(unit: figure.unit, negative: .minus), location: figure.value.location))
        }
        for table in report.tables {
            for row in table.rows {
                for (c, cell) in row.cells.enumerated() where c < table.columns.count && !table.columns[c].isText {
                    let unit = table.unit(of: table.columns[c])
                    guard let amount = cell.value.amount, let pounds = inPounds(amount, unit: unit) else { continue }
                    known.append(KnownAmount(pounds: pounds, name: "table '\(table.id.value)', row '\(row.label.value)'",
                                             printed: amount.formatted(unit: unit, negative: .minus), location: cell.text.location))
                }
            }
        }
        return known
    }
}
