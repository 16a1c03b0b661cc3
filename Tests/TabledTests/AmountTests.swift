import Testing
import TabledModel

/// Amounts are read exactly as printed and keep their printed precision.
@Suite struct AmountTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var text: String
        var decimal: String
        var unit: AmountUnit?
        var testDescription: String { "\"\(text)\"" }
    }

    static let readable: [Case] = [
        Case(text: "26.6", decimal: "26.6", unit: nil),
        Case(text: "1.50", decimal: "1.50", unit: nil),
        Case(text: "1,234", decimal: "1234", unit: nil),
        Case(text: "(820,232)", decimal: "-820232", unit: nil),
        Case(text: "(£820,232)", decimal: "-820232", unit: .pounds),
        Case(text: "£(820,232)", decimal: "-820232", unit: .pounds),
        Case(text: "£(0.5m)", decimal: "-0.5", unit: .millions),
        Case(text: "96,500,000 Cr", decimal: "-96500000", unit: nil),
        Case(text: "1,234 DR", decimal: "1234", unit: nil),
        Case(text: "£5m cr", decimal: "-5", unit: .millions),
        Case(text: "-£820,232", decimal: "-820232", unit: .pounds),
        Case(text: "-£0.5m", decimal: "-0.5", unit: .millions),
        Case(text: "£2.653m", decimal: "2.653", unit: .millions),
        Case(text: "£3.333 million", decimal: "3.333", unit: .millions),
        Case(text: "£124.986m", decimal: "124.986", unit: .millions),
        Case(text: "- 146", decimal: "-146", unit: nil),
        Case(text: "(+ £12.4m)", decimal: "12.4", unit: .millions),
        Case(text: "£996,467", decimal: "996467", unit: .pounds),
        Case(text: "12.5%", decimal: "12.5", unit: .percent),
        Case(text: "£1.2bn", decimal: "1.2", unit: .billions),
        Case(text: "£450k", decimal: "450", unit: .thousands),
        Case(text: "−3", decimal: "-3", unit: nil),
        Case(text: "0", decimal: "0", unit: nil),
        Case(text: "1,234,567.89", decimal: "1234567.89", unit: nil),
        // A variance that may go either way is read as its size.
        Case(text: "±0.0", decimal: "0.0", unit: nil),
        Case(text: "± 1.5", decimal: "1.5", unit: nil),
        Case(text: "+/- 2", decimal: "2", unit: nil),
        Case(text: "(+/- £0.0m)", decimal: "0.0", unit: .millions),
        Case(text: "(+/- £1.2m)", decimal: "1.2", unit: .millions),
        // Suffixes in any case; beyond ASCII, as the lowercased text reads (the Kelvin sign is a k).
        Case(text: "£5M", decimal: "5", unit: .millions),
        Case(text: "£5 Million", decimal: "5", unit: .millions),
        Case(text: "£2BN", decimal: "2", unit: .billions),
        Case(text: "£3K", decimal: "3", unit: .thousands),
        Case(text: "£7\u{212A}", decimal: "7", unit: .thousands),
    ]

    @Test(arguments: readable)
    func readsPrintedAmounts(_ c: Case) {
        guard case .figure(let amount, let unit) = Amount.read(c.text) else {
            Issue.record("\(c.text) was not read as a figure")
            return
        }
        #expect(amount.decimalString == c.decimal)
        #expect(unit == c.unit)
    }

    @Test(arguments: ["", "-", "–", "—", "nil", "None", "N/A", "  "])
    func noFigure(_ text: String) {
        #expect(Amount.read(text) == .noFigure)
    }

    @Test func questionMarkIsIllegible() {
        #expect(Amount.read("?") == .illegible)
    }

    @Test(arguments: [
        ("2.653abc", AmountParseFailure.trailingText("abc")),
        ("5mx", .trailingText("mx")),
        ("5 millions", .trailingText("millions")),
        ("5m\u{301}", .trailingText("m\u{301}")),
        ("5mé", .trailingText("mé")),
        ("1,5", .badGrouping),
        ("1,23,456", .badGrouping),
        ("1.2.3", .extraDecimalPoint),
        ("0x1F", .notDecimal),
        (".inf", .notDecimal),
        ("1e3", .notDecimal),
        ("£", .noDigits),
        ("abc", .noDigits),
        ("(12", .unbalancedBrackets),
        ("99999999999999999999", .tooLarge),
    ])
    func rejectsAlmostAmounts(_ text: String, _ failure: AmountParseFailure) {
        #expect(Amount.read(text) == .unreadable(failure))
    }

    @Test func keepsPrintedPrecisionThroughArithmetic() throws {
        let a = try #require(Amount.readPlain("1.50"))
        let b = try #require(Amount.readPlain("2.5"))
        let sum = try #require(a.adding(b))
        #expect(sum.decimalString == "4.00")
        #expect(Amount.compare(sum, try #require(Amount.readPlain("4"))) == 0)
    }

    @Test func formatsInHouseStyle() throws {
        let negative = try #require(Amount.readPlain("-820232"))
        #expect(negative.formatted(negative: .brackets) == "(820,232)")
        #expect(negative.formatted(negative: .minus) == "-820,232")
        #expect(try #require(Amount.readPlain("2.122")).formatted(unit: .millions, negative: .brackets) == "£2.122m")
        #expect(try #require(Amount.readPlain("1234567.5")).formatted(negative: .brackets) == "1,234,567.5")
        #expect(try #require(Amount.readPlain("0.05")).formatted(negative: .brackets) == "0.05")
    }

    @Test func roundsHalvesAwayFromZero() throws {
        #expect(try #require(Amount.readPlain("2.55")).rounded(toScale: 1).decimalString == "2.6")
        #expect(try #require(Amount.readPlain("-2.55")).rounded(toScale: 1).decimalString == "-2.6")
        #expect(try #require(Amount.readPlain("2.549")).rounded(toScale: 1).decimalString == "2.5")
    }

    /// Property: for any amount, printing it in either style and reading it back gives the same amount.
    @Test func printThenReadRoundTrips() {
        var generator = SeededGenerator(seed: 20261123)
        for _ in 0..<5_000 {
            let significand = Int64.random(in: -999_999_999_999...999_999_999_999, using: &generator)
            let scale = Int.random(in: 0...4, using: &generator)
            let amount = Amount(significand: significand, scale: scale)
            for style in NegativeStyle.allCases {
                let printed = amount.formatted(negative: style)
                guard case .figure(let back, nil) = Amount.read(printed) else {
                    Issue.record("\(printed) did not read back")
                    return
                }
                #expect(back == amount, "\(printed)")
            }
            for unit in AmountUnit.allCases where unit != .number {
                let printed = amount.formatted(unit: unit, negative: .brackets)
                guard case .figure(let back, let printedUnit) = Amount.read(printed) else {
                    Issue.record("\(printed) did not read back")
                    return
                }
                #expect(back == amount && printedUnit == unit, "\(printed)")
            }
        }
    }

    /// Property: reading a decimal string keeps exactly its digits and scale.
    @Test func readPlainKeepsDigits() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<5_000 {
            let amount = Amount(significand: Int64.random(in: -10_000_000...10_000_000, using: &generator),
                                scale: Int.random(in: 0...3, using: &generator))
            #expect(Amount.readPlain(amount.decimalString) == amount)
        }
    }
}

/// A small deterministic generator (SplitMix64) so property tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
