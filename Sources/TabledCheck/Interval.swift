import Foundation
import TabledModel

/// A range a printed figure stands for, with the value as printed: 12.5 printed to one
/// place is anything from 12.45 to 12.55. Bounds are exact decimals; only division rounds,
/// and then outwards, so a range never leaves out a value it should hold.
struct Interval {
    var lower: Decimal
    var upper: Decimal
    /// What the printed figures themselves give.
    var exact: Decimal

    /// A printed amount, widened by half a unit of its last place unless the table is exact.
    init(_ amount: Amount, widened: Bool, scaledBy power: Int = 0) {
        let value = Interval.decimal(amount) * Interval.power(power)
        let half = widened ? Interval.decimal(Amount.halfUnit(atScale: amount.scale)) * Interval.power(power) : 0
        lower = value - half
        upper = value + half
        exact = value
    }

    init(constant: Amount) {
        let value = Interval.decimal(constant)
        lower = value
        upper = value
        exact = value
    }

    private init(lower: Decimal, upper: Decimal, exact: Decimal) {
        self.lower = lower
        self.upper = upper
        self.exact = exact
    }

    static func decimal(_ amount: Amount) -> Decimal {
        Decimal(sign: amount.significand < 0 ? .minus : .plus, exponent: -amount.scale,
                significand: Decimal(UInt64(amount.significand.magnitude)))
    }

    static func power(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }

    static func + (a: Interval, b: Interval) -> Interval {
        Interval(lower: a.lower + b.lower, upper: a.upper + b.upper, exact: a.exact + b.exact)
    }

    static func - (a: Interval, b: Interval) -> Interval {
        Interval(lower: a.lower - b.upper, upper: a.upper - b.lower, exact: a.exact - b.exact)
    }

    static func * (a: Interval, b: Interval) -> Interval {
        let corners = [a.lower * b.lower, a.lower * b.upper, a.upper * b.lower, a.upper * b.upper]
        return Interval(lower: corners.min()!, upper: corners.max()!, exact: a.exact * b.exact)
    }

    /// Why a division has no answer.
    enum DivisionProblem: Error {
        /// The printed divisor is zero.
        case byZero
        /// The divisor's range reaches zero though its printed value does not: the quotient could be anything.
        case unbounded
    }

    func divided(by b: Interval) -> Result<Interval, DivisionProblem> {
        if b.exact.isZero { return .failure(.byZero) }
        if b.lower <= 0 && b.upper >= 0 { return .failure(.unbounded) }
        let corners = [lower / b.lower, lower / b.upper, upper / b.lower, upper / b.upper]
        // Decimal division keeps 38 digits; widening by far more than its error keeps the range honest.
        let low = corners.min()!, high = corners.max()!
        let slack = Interval.power(-30)
        return .success(Interval(lower: low - abs(low) * slack - slack, upper: high + abs(high) * slack + slack, exact: exact / b.exact))
    }

    func meets(_ other: Interval) -> Bool {
        lower <= other.upper && other.lower <= upper
    }

    /// The exact value as an amount at `scale` places, rounded half away from zero; nil if too large.
    static func amount(_ value: Decimal, scale: Int) -> Amount? {
        var input = value * power(scale)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, 0, .plain)
        guard abs(rounded) <= Decimal(Amount.maximumSignificand) else { return nil }
        return Amount(significand: NSDecimalNumber(decimal: rounded).int64Value, scale: scale)
    }
}
