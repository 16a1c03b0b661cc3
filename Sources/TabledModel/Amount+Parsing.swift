import Foundation

extension Amount {
    /// Reads a value as papers print it (and `£-`, `TBC` as no figure and a figure to come): `(820,232)`, `-£0.5m`, `£2.653m`, `1,234`, `- 146`,
    /// `£3.333 million`, `(+ £12.4m)`, `12.5%`, `±0.0`, `(+/- £0.0m)`.
    ///
    /// Brackets mean negative unless a sign is written inside. `Decimal(string:)` is not
    /// used: it accepts prefixes ("2.653abc") and drops the printed precision.
    public static func read(_ text: String) -> PrintedValue {
        let trimmed = text.trimmedOfWhitespace
        // Most values start with a digit, and none of the words for no figure does.
        if !(trimmed.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false) {
            switch trimmed.lowercased() {
            // "£-" and "£ -" are the accountant's nil; "TBC" is a figure not yet known, so every
            // identity it takes part in goes unchecked rather than counting it as nothing.
            case "", "-", "–", "—", "nil", "none", "n/a", "£-", "£ -", "£–", "£ –", "£—", "£ —": return .noFigure
            case "?", "tbc", "tba", "tbd", "to be confirmed": return .illegible
            default: break
            }
        }
        var scanner = AmountScanner(trimmed)
        return scanner.read()
    }

    /// Reads a plain decimal as YAML wrote it (`26.6`, `-820232`), keeping its precision.
    public static func readPlain(_ text: String) -> Amount? {
        guard case .figure(let amount, nil) = read(text) else { return nil }
        return amount
    }
}

/// A one-pass reader over the characters of a printed amount.
struct AmountScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    private var atEnd: Bool { index >= scalars.count }

    private mutating func skipSpaces() {
        while let c = current, c == " " || c == "\u{00A0}" || c == "\t" { index += 1 }
    }

    private mutating func take(_ c: Unicode.Scalar) -> Bool {
        if current == c { index += 1; return true }
        return false
    }

    /// -1, +1 or nil for no sign. Hyphen, minus sign and en dash all mean minus. `±` and
    /// `+/-` (a variance that may go either way) are read as plus: the figure is its size.
    private mutating func takeSign() -> Int? {
        guard let c = current else { return nil }
        if c == "+", index + 2 < scalars.count, scalars[index + 1] == "/", scalars[index + 2] == "-" {
            index += 3
            return 1
        }
        switch c {
        case "\u{00B1}": index += 1; return 1
        case "-", "\u{2212}", "\u{2013}": index += 1; return -1
        case "+": index += 1; return 1
        default: return nil
        }
    }

    mutating func read() -> PrintedValue {
        var bracketed = false
        if take("(") {
            bracketed = true
            guard scalars.last == ")" else { return .unreadable(.unbalancedBrackets) }
        }
        skipSpaces()
        var sign = takeSign()
        skipSpaces()
        let hasPound = take("£")
        skipSpaces()
        if sign == nil, let inner = takeSign() {
            sign = inner
            skipSpaces()
        }
        // "£(60)": the pound sign set before the brackets.
        if hasPound, !bracketed, sign == nil, take("(") {
            bracketed = true
            skipSpaces()
        }
        guard let number = readNumber() else { return .unreadable(failure ?? .noDigits) }
        skipSpaces()
        let suffixUnit = readSuffix()
        skipSpaces()
        // "96,500,000 Cr": an account's credit, printed as a negative; "Dr", a debit, as it stands.
        let credit = takeMark("cr")
        if !credit { _ = takeMark("dr") }
        skipSpaces()
        if bracketed {
            guard take(")") else { return .unreadable(.unbalancedBrackets) }
            skipSpaces()
        }
        guard atEnd else {
            if current == ")" || current == "(" { return .unreadable(.unbalancedBrackets) }
            return .unreadable(.trailingText(String(String.UnicodeScalarView(scalars[index...]))))
        }
        var unit: AmountUnit? = suffixUnit
        if hasPound {
            switch suffixUnit {
            case nil: unit = .pounds
            case .percent, .number: return .unreadable(.trailingText("%"))
            default: break
            }
        }
        var amount = number
        let negative = (sign == -1) || (bracketed && sign == nil) || (credit && sign == nil && !bracketed)
        if negative { amount = amount.negated }
        return .figure(amount, printedUnit: unit)
    }

    private var failure: AmountParseFailure?

    /// Digits with optional thousands separators and decimals, read as they come: a figure is
    /// read for every cell of every table, so nothing is gathered on the way.
    private mutating func readNumber() -> Amount? {
        if current == "0", index + 1 < scalars.count, scalars[index + 1] == "x" || scalars[index + 1] == "X" {
            failure = .notDecimal
            return nil
        }
        var significand: Int64 = 0
        var overflowed = false
        var digitCount = 0
        // Thousands groups: how many, the first one's length, and whether every later one had three.
        var groups = 0
        var firstGroup = 0
        var laterGroupsOfThree = true
        var groupLength = 0
        var scale = 0
        var sawPoint = false
        while let c = current {
            if let d = c.asciiDigit {
                digitCount += 1
                let (m, o1) = significand.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(Int64(d))
                if o1 || o2 || s > Amount.maximumSignificand { overflowed = true } else { significand = s }
                if sawPoint { scale += 1 } else { groupLength += 1 }
                index += 1
            } else if c == "," && !sawPoint {
                // A comma is a separator only if digits follow it.
                guard index + 1 < scalars.count, scalars[index + 1].asciiDigit != nil else { break }
                if groups == 0 { firstGroup = groupLength } else if groupLength != 3 { laterGroupsOfThree = false }
                groups += 1
                groupLength = 0
                index += 1
            } else if c == "." {
                if sawPoint { failure = .extraDecimalPoint; return nil }
                guard index + 1 < scalars.count, scalars[index + 1].asciiDigit != nil else {
                    // ".inf", ".nan": YAML's special floats are not printed amounts.
                    let letterFollows = index + 1 < scalars.count && scalars[index + 1].properties.isAlphabetic
                    failure = letterFollows ? .notDecimal : .trailingText(".")
                    return nil
                }
                sawPoint = true
                index += 1
            } else {
                break
            }
        }
        guard digitCount > 0 else {
            if let c = current, c == "i" || c == "I" || c == "." { failure = .notDecimal }
            return nil
        }
        if let c = current, c == "e" || c == "E" {
            // An exponent is not how papers print figures.
            if index + 1 < scalars.count, scalars[index + 1].asciiDigit != nil || scalars[index + 1] == "+" || scalars[index + 1] == "-" {
                failure = .notDecimal
                return nil
            }
        }
        // First group 1–3 digits, every later group exactly 3.
        if groups > 0, !((1...3).contains(firstGroup) && laterGroupsOfThree && groupLength == 3) {
            failure = .badGrouping
            return nil
        }
        guard scale <= Amount.maximumScale, !overflowed else { failure = .tooLarge; return nil }
        return Amount(significand: significand, scale: scale)
    }

    /// The units a figure's suffix may name, tried in this order.
    private static let suffixes: [(word: String, unit: AmountUnit)] = [
        ("million", .millions), ("billion", .billions), ("bn", .billions),
        ("m", .millions), ("k", .thousands), ("%", .percent),
    ]

    /// `m`, `million`, `bn`, `billion`, `k`, `%`; nil if none.
    private mutating func readSuffix() -> AmountUnit? {
        for (word, unit) in Self.suffixes {
            // Decided on the scalars when the word's length and the scalar after it are
            // ASCII; otherwise lowercasing and the characters' edges decide, as below.
            let end = index + word.utf8.count
            let compared = min(end + 1, scalars.count)
            guard (index..<compared).allSatisfy({ scalars[$0].isASCII }) else { return readSuffixAsText() }
            guard end <= scalars.count,
                  zip(word.utf8, index..<end).allSatisfy({ byte, i in Self.asciiLowercase(scalars[i]) == byte }) else { continue }
            // The suffix must end the word: "1m" but not "1mx".
            if end < scalars.count, scalars[end].properties.isAlphabetic { continue }
            index = end
            return unit
        }
        return nil
    }

    /// Takes `mark` (lower-case ASCII letters) in any case, where it ends the word.
    private mutating func takeMark(_ mark: StaticString) -> Bool {
        let count = mark.utf8CodeUnitCount
        guard index + count <= scalars.count else { return false }
        let matches = mark.withUTF8Buffer { letters in
            letters.indices.allSatisfy { scalars[index + $0].isASCII && Self.asciiLowercase(scalars[index + $0]) == letters[$0] }
        }
        guard matches else { return false }
        let end = index + count
        if end < scalars.count, scalars[end].properties.isAlphabetic { return false }
        index = end
        return true
    }

    private static func asciiLowercase(_ scalar: Unicode.Scalar) -> UInt8 {
        let byte = UInt8(scalar.value)
        return (65...90).contains(byte) ? byte + 32 : byte
    }

    /// The suffix read as text: what decides when a scalar near it is beyond ASCII.
    private mutating func readSuffixAsText() -> AmountUnit? {
        let rest = String(String.UnicodeScalarView(scalars[index...]))
        for (word, unit) in Self.suffixes where rest.lowercased().hasPrefix(word) {
            let after = rest.unicodeScalars.dropFirst(word.unicodeScalars.count).first
            // The suffix must end the word: "1m" but not "1mx".
            if let after, after.properties.isAlphabetic { continue }
            index += word.unicodeScalars.count
            return unit
        }
        return nil
    }
}

extension Unicode.Scalar {
    /// 0–9 for ASCII digits, nil otherwise.
    var asciiDigit: UInt8? {
        (48...57).contains(value) ? UInt8(value - 48) : nil
    }
}
