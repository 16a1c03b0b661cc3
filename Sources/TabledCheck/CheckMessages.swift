import TabledModel

/// The wording of every diagnostic the check stage gives, in one place.
enum CheckMessages {
    static func totalMismatch(terms: String, expected: String, target: String, actual: String, difference: String) -> String {
        "\(terms) sum to \(expected), but \(target) says \(actual): a difference of \(difference)"
    }
    static func roundingDifference(terms: String, expected: String, target: String, actual: String, difference: String, tolerance: String) -> String {
        "\(terms) sum to \(expected) and \(target) says \(actual): a difference of \(difference), within the rounding allowance of \(tolerance)"
    }
    static let exactHelp = "the table says 'tolerance: 0', so its figures must add up exactly"
    static func roundingHelp(count: Int, half: String) -> String {
        "\(count) printed figures, each good to ±\(half), allow a difference of up to \(count) × \(half)"
    }
    static let mismatchHelp = "correct the figures, or the total; Tabled never replaces a printed total"
    static func term(_ name: String, _ value: String) -> String { "\(name): \(value)" }
    static func badValue(_ text: String, _ failure: AmountParseFailure) -> String {
        let why: String
        switch failure {
        case .trailingText(let rest): why = "'\(rest)' does not belong to an amount"
        case .badGrouping: why = "its thousands separators are in the wrong places"
        case .extraDecimalPoint: why = "it has more than one decimal point"
        case .noDigits: why = "it has no digits"
        case .notDecimal: why = "write amounts as plain decimals, as printed"
        case .tooLarge: why = "it has more digits than Tabled can hold exactly"
        case .unbalancedBrackets: why = "its brackets do not match"
        }
        return "'\(text)' cannot be read as an amount: \(why)"
    }
    static let badValueHelp = "write the figure as printed, e.g. 1,234 or (820,232) or £2.653m; use - for no figure and ? for an illegible one"
    static func unitMismatch(_ text: String, printed: AmountUnit, column: AmountUnit) -> String {
        "'\(text)' is in \(printed.rawValue) but its column is in \(column.rawValue)"
    }
    static let unitMismatchHelp = "give the column its own unit, or print the figure in the column's unit"
    static func wrongCellCount(row: String, found: Int, expected: Int) -> String {
        "row '\(row)' has \(found) value\(found == 1 ? "" : "s") but the table has \(expected) column\(expected == 1 ? "" : "s")"
    }
    static let wrongCellCountHelp = "give one value per column; use - for a cell with no figure"
    static func headingWithValues(_ row: String) -> String { "heading row '\(row)' cannot have values" }
    static func emptyTotal(_ row: String) -> String { "total row '\(row)' has no data rows above it to add up" }
    static func sumColumnFirst(_ column: String) -> String { "total column '\(column)' has no value columns to its left to add up" }
    static func unknownTable(_ id: String) -> String { "there is no table '\(id)'" }
    static func duplicateID(_ kind: String, _ id: String) -> String { "two \(kind)s have the id '\(id)'" }
    static let firstHere = "the first is here"
    static func didYouMean(_ id: String) -> String { "did you mean '\(id)'?" }
    static func tableNotPlaced(_ id: String) -> String { "table '\(id)' is not placed in any section, so it will not be printed" }
    static let tableNotPlacedHelp = "place it with a paragraph '- table: ID' where it belongs"
    static func tablePlacedTwice(_ id: String) -> String { "table '\(id)' is placed twice" }
    static let overflow = "the figures are too large to add up exactly"
}

extension CheckMessages {
    static func cycle(_ target: String) -> String {
        "\(target) depends on itself through its formulas"
    }
}

extension CheckMessages {
    static func badFormula(_ text: String, _ error: Formula.ParseError) -> String {
        switch error {
        case .unexpected(let rest): "the formula '\(text)' cannot be read at '\(rest)'"
        case .unbalanced: "the formula '\(text)' has unbalanced brackets"
        case .empty: "the formula '\(text)' names nothing"
        }
    }
    static let formulaHelp = "write ids joined by + and -, with brackets if needed: opening + savings - pressures"
    static func unknownName(_ name: String, in kind: String) -> String {
        "the formula names '\(name)', which is no \(kind) of this table"
    }
    static func formulaMismatch(terms: String, expected: String, target: String, actual: String, difference: String) -> String {
        "\(terms) come to \(expected), but \(target) says \(actual): a difference of \(difference)"
    }
}

extension CheckMessages {
    static func unknownFigureName(_ name: String) -> String {
        "the formula names '\(name)', which is no figure and no table row"
    }
    static let figureNameHelp = "name a figure, a table row as TABLE.ROW (a one-column table) or TABLE.ROW.COLUMN"
}

extension CheckMessages {
    static func tableCycle(_ id: String) -> String {
        "table '\(id)' depends on itself through formulas that name other tables"
    }
}

extension CheckMessages {
    static func missingImplication(_ kind: String, body: String) -> String {
        "reports to \(body) must state their \(kind.replacingOccurrences(of: "_", with: " ")) implications, and this one does not"
    }
    static func houseStyleRule(_ body: String) -> String { "the house style's rule for \(body)" }
    static func missingImplicationHelp(_ kind: String) -> String {
        "add it under implications:, for example  \(kind): There are no \(kind.replacingOccurrences(of: "_", with: " ")) implications."
    }
}

extension CheckMessages {
    static func sumAcrossUnits(_ total: String, _ unit: AmountUnit, _ other: String, _ otherUnit: AmountUnit) -> String {
        "total column '\(total)' is in \(unit.rawValue) but would add column '\(other)', which is in \(otherUnit.rawValue)"
    }
    static let sumAcrossUnitsHelp = "a total column adds the columns to its left back to the previous total column; move the other column to its right, or add a total column before it"
}

extension CheckMessages {
    static func tooManyColumns(_ count: Int, limit: Int) -> String {
        "the table has \(count) columns; Tabled renders tables of at most \(limit)"
    }
}
