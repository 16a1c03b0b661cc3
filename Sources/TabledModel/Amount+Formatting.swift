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
        let scale = max(self.scale, 0)
        let digits = Array(String(significand.magnitude).utf8)
        // At least one whole digit: 0.05, not .05.
        let padded = [UInt8](repeating: UInt8(ascii: "0"), count: max(0, scale + 1 - digits.count)) + digits
        let whole = padded.count - scale
        var out: [UInt8] = []
        out.reserveCapacity(padded.count + whole / 3 + 1)
        for offset in 0..<whole {
            if offset > 0 && (whole - offset) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(padded[offset])
        }
        if scale > 0 {
            out.append(UInt8(ascii: "."))
            out += padded[whole...]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
