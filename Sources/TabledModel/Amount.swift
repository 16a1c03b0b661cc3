/// An exact decimal amount that remembers how many decimal places it was printed with.
///
/// `1.50` and `1.5` are the same quantity but not the same printed figure: the
/// rounding rule needs the printed precision, so it is kept. Never a `Double`.
public struct Amount: Sendable, Hashable, CustomStringConvertible {
    /// The amount times 10^scale.
    public var significand: Int64
    /// Decimal places as printed.
    public var scale: Int

    /// The largest scale an amount may have: more would risk overflow on alignment.
    public static let maximumScale = 6
    /// The largest magnitude of a significand we accept from input, leaving headroom for sums.
    public static let maximumSignificand: Int64 = 999_999_999_999_999

    public init(significand: Int64, scale: Int) {
        self.significand = significand
        self.scale = scale
    }

    public static let zero = Amount(significand: 0, scale: 0)

    public var isZero: Bool { significand == 0 }
    public var isNegative: Bool { significand < 0 }

    /// The same quantity with at least `newScale` decimal places; nil on overflow.
    public func rescaled(to newScale: Int) -> Amount? {
        guard newScale >= scale else { return nil }
        var result = significand
        for _ in scale..<newScale {
            let (product, overflow) = result.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            result = product
        }
        return Amount(significand: result, scale: newScale)
    }

    /// Exact sum at the finer of the two scales; nil on overflow.
    public func adding(_ other: Amount) -> Amount? {
        let common = max(scale, other.scale)
        guard let a = rescaled(to: common), let b = other.rescaled(to: common) else { return nil }
        let (sum, overflow) = a.significand.addingReportingOverflow(b.significand)
        return overflow ? nil : Amount(significand: sum, scale: common)
    }

    /// Exact difference at the finer of the two scales; nil on overflow.
    public func subtracting(_ other: Amount) -> Amount? {
        adding(other.negated)
    }

    public var negated: Amount { Amount(significand: -significand, scale: scale) }
    public var magnitude: Amount { Amount(significand: significand.magnitude > Int64.max.magnitude ? Int64.max : abs(significand), scale: scale) }

    /// Half a unit in the last printed place: how far a rounded figure can be from the truth.
    public static func halfUnit(atScale scale: Int) -> Amount {
        // 0.5 × 10^-scale = 5 × 10^-(scale+1)
        Amount(significand: 5, scale: scale + 1)
    }

    /// Exact product by a small whole number; nil on overflow.
    public func multiplied(by factor: Int) -> Amount? {
        let (product, overflow) = significand.multipliedReportingOverflow(by: Int64(factor))
        return overflow ? nil : Amount(significand: product, scale: scale)
    }

    /// Compares quantities, ignoring printed precision.
    public static func compare(_ a: Amount, _ b: Amount) -> Int {
        let common = max(a.scale, b.scale)
        // Inputs are bounded, so alignment to a shared scale within maximumScale + 1 cannot overflow.
        guard let x = a.rescaled(to: common), let y = b.rescaled(to: common) else {
            return a.significand.signum() == b.significand.signum() ? 0 : (a.significand < b.significand ? -1 : 1)
        }
        return x.significand < y.significand ? -1 : (x.significand > y.significand ? 1 : 0)
    }

    /// The same quantity, as a plain decimal string ("-162611", "0.5"): the JSON form.
    public var decimalString: String {
        let digits = String(significand.magnitude)
        let sign = significand < 0 ? "-" : ""
        guard scale > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        let split = padded.index(padded.endIndex, offsetBy: -scale)
        return sign + padded[..<split] + "." + padded[split...]
    }

    /// The same quantity with trailing zero decimals dropped: "0.50" becomes "0.5".
    public var normalised: Amount {
        var result = self
        while result.scale > 0 && result.significand % 10 == 0 {
            result.significand /= 10
            result.scale -= 1
        }
        return result
    }

    public var description: String { decimalString }
}

extension Amount {
    /// The nearest amount with `newScale` decimals, halves away from zero (as papers round).
    public func rounded(toScale newScale: Int) -> Amount {
        guard newScale < scale else { return rescaled(to: newScale) ?? self }
        var divisor: Int64 = 1
        for _ in newScale..<scale { divisor *= 10 }
        let quotient = significand / divisor
        let remainder = significand % divisor
        var result = quotient
        if remainder.magnitude * 2 >= divisor.magnitude {
            result += significand < 0 ? -1 : 1
        }
        return Amount(significand: result, scale: newScale)
    }
}

extension Amount {
    /// The same value with zeros after its last significant decimal dropped, keeping at least `minimum` places.
    public func droppingTrailingZeros(toScale minimum: Int) -> Amount {
        var result = self
        while result.scale > minimum && result.significand % 10 == 0 {
            result = Amount(significand: result.significand / 10, scale: result.scale - 1)
        }
        return result
    }
}
