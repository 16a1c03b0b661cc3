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
        switch spelling.trimmingCharacters(in: .whitespaces) {
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
