/// What a cell or figure says, read from the text as printed.
public enum PrintedValue: Sendable, Equatable {
    /// A figure, with the unit printed inside it if any (`£124.986m` says millions).
    case figure(Amount, printedUnit: AmountUnit?)
    /// No figure: blank, a dash, `£-`, `nil`, `none` or `n/a`.
    case noFigure
    /// `?` or `TBC`: a figure that could not be read, or is not yet known; it takes part in no check.
    case illegible
    /// Text that is not an amount, with why.
    case unreadable(AmountParseFailure)

    /// The same value in another unit (see `Amount.converted`); nil where the units cannot
    /// meet, money and a percentage or a count.
    public func converted(from unit: AmountUnit, to target: AmountUnit) -> PrintedValue? {
        if unit == target { return self }
        guard unit.poundsExponent != nil, target.poundsExponent != nil else { return nil }
        guard case .figure(let amount, _) = self else { return self }
        return amount.converted(from: unit, to: target).map { .figure($0, printedUnit: nil) } ?? .illegible
    }

    /// The amount, if this is a figure.
    public var amount: Amount? {
        if case .figure(let amount, _) = self { return amount }
        return nil
    }
}

/// Why a printed value is not an amount.
public enum AmountParseFailure: Sendable, Equatable {
    /// Characters that do not belong to an amount, e.g. `2.653abc`.
    case trailingText(String)
    /// Thousands separators in the wrong places, e.g. `1,5`.
    case badGrouping
    /// More than one decimal point, e.g. `1.2.3`.
    case extraDecimalPoint
    /// No digits at all, e.g. `£` or `abc`.
    case noDigits
    /// Hexadecimal, exponent or infinity forms.
    case notDecimal
    /// More digits than Tabled can hold exactly.
    case tooLarge
    /// Brackets that do not close, or close early.
    case unbalancedBrackets
}
