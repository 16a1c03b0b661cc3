import Testing
import TabledModel

/// The small scanners that stand in for regular expressions (see `Words`).
@Suite struct WordsTests {
    @Test func moneyAmountsAsProseWritesThem() {
        #expect(Words.moneyAmounts(in: "spent £996,467 of £1.2m; £3.3 million and £450k, £ 12 and £5mn") ==
                ["£996,467", "£1.2m", "£3.3 million", "£450k", "£ 12"])
        #expect(Words.moneyAmounts(in: "£2.122m + £5.269m = £7.391m.") == ["£2.122m", "£5.269m", "£7.391m"])
        #expect(Words.moneyAmounts(in: "no money here, £ and £x") == [])
    }

    @Test func wholeWordsOnly() {
        #expect(Words.contains("Sub-total Adults", anyOf: ["sub-total"]))
        #expect(Words.contains("TOTAL (gross)", anyOf: ["total"]))
        #expect(!Words.contains("Totalling", anyOf: ["total"]))
        #expect(!Words.contains("subtotals", anyOf: ["total", "totals"]), "a subtotal is not a total")
        #expect(Words.contains("Balance b/f", anyOf: ["b/f"]))
        #expect(Words.contains("Forecast position month 9", anyOf: ["forecast position"]))
    }

    /// ASCII is read on its bytes, anything else as scalars: the two must agree.
    @Test(arguments: ["Total", "TOTAL_x", "x_total", "Net total", "Totals", "Sub-total", "Total:", "Ŧotal", "Café total", "total café",
                      "totalé", "étotal", "", "t", "Grand  Total", "9total", "total9"])
    func asciiAndScalarsAgree(_ label: String) {
        let phrases = ["total", "sub-total", "grand total"]
        // The scalar path, forced by a phrase no label has, outside ASCII.
        let scalar = Words.contains(label, anyOf: ["ŋ"] + phrases)
        #expect(Words.contains(label, anyOf: phrases) == scalar, "\(label)")
    }
}
