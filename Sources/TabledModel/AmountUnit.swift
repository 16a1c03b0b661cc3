import Foundation

/// The unit a table, column or figure is printed in.
public enum AmountUnit: String, Sendable, CaseIterable {
    case pounds = "£"
    case thousands = "£000"
    case millions = "£m"
    case billions = "£bn"
    case number
    case percent = "%"

    /// Reads a unit as written in YAML; `£k` is an alias of `£000`.
    public init?(spelling: String) {
        switch spelling.trimmedOfSpaces {
        case "£": self = .pounds
        case "£000", "£k", "£K": self = .thousands
        case "£m": self = .millions
        case "£bn": self = .billions
        case "number": self = .number
        case "%": self = .percent
        default: return nil
        }
    }

    /// Every spelling accepted, for error messages.
    public static let spellings = ["£", "£000", "£k", "£m", "£bn", "number", "%"]

    /// How a column header names the unit; nil where a header shows none.
    public var headerLabel: String? {
        switch self {
        case .number: nil
        default: rawValue
        }
    }

    /// Whether amounts in this unit are money.
    public var isMoney: Bool {
        switch self {
        case .pounds, .thousands, .millions, .billions: true
        case .number, .percent: false
        }
    }
}

extension AmountUnit {
    /// How many places of ten a unit of money is worth in pounds: £000 is 3, £m 6; nil if not money.
    public var poundsExponent: Int? {
        switch self {
        case .pounds: 0
        case .thousands: 3
        case .millions: 6
        case .billions: 9
        case .number, .percent: nil
        }
    }
}

extension Amount {
    /// The same quantity in another unit, exactly, keeping its printed precision: £6,480k is
    /// £6.480m and £101,000 is £0.101000m. The same unit is itself; nil across money and
    /// percentages or counts, or on overflow.
    public func converted(from unit: AmountUnit, to target: AmountUnit) -> Amount? {
        if unit == target { return self }
        guard let from = unit.poundsExponent, let to = target.poundsExponent else { return nil }
        let shift = from - to
        if shift <= 0 { return Amount(significand: significand, scale: scale - shift) }
        // Move the decimal point right: use printed decimals first, then multiply.
        var result = self
        for _ in 0..<shift {
            if result.scale > 0 {
                result.scale -= 1
            } else {
                guard let times10 = result.multiplied(by: 10) else { return nil }
                result = times10
            }
        }
        return result
    }
}
