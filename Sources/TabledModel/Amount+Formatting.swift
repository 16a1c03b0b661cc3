extension Amount {
    /// Prints in house style: thousands separators, the printed decimals, negatives as asked.
    ///
    /// The unit is not printed: tables name it in the header. Use `formatted(unit:negative:)`
    /// for figures in prose.
    public func formatted(negative style: NegativeStyle) -> String {
        let plain = magnitudeString
        guard isNegative else { return plain }
        switch style {
        case .brackets: return "(\(plain))"
        case .minus: return "-\(plain)"
        }
    }

    /// Prints with the unit, as prose quotes a figure: `£2.122m`, `£996,467`, `12.5%`.
    public func formatted(unit: AmountUnit, negative style: NegativeStyle) -> String {
        let body: String
        switch unit {
        case .pounds: body = "£" + magnitudeString
        case .thousands: body = "£" + magnitudeString + "k"
        case .millions: body = "£" + magnitudeString + "m"
        case .billions: body = "£" + magnitudeString + "bn"
        case .number: body = magnitudeString
        case .percent: body = magnitudeString + "%"
        }
        guard isNegative else { return body }
        switch style {
        case .brackets: return "(\(body))"
        case .minus: return "-\(body)"
        }
    }

    /// The magnitude with commas every three whole digits.
    private var magnitudeString: String {
        let plain = magnitude.decimalString
        let parts = plain.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = Array(parts[0])
        var grouped = ""
        for (offset, digit) in whole.enumerated() {
            if offset > 0 && (whole.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return parts.count > 1 ? grouped + "." + parts[1] : grouped
    }
}
