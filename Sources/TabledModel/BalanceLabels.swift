/// The words that name a balance row, as councils print them: one rule for the reader that
/// finds a balance table and the guesses that find the years inside one.
public enum BalanceLabels {
    /// An opening balance: "Opening balance", "Balance brought forward", "Balance at 1 April 2025".
    public static func isOpening(_ label: String) -> Bool {
        Words.contains(label, anyOf: ["opening", "brought forward", "b/f", "at beginning", "at the beginning", "at start", "at the start",
                                      "balance at"])
    }

    /// A closing balance: "Closing balance", "Balance carried forward", "Balance at 31 March 2026", "Forecast outturn",
    /// "Cash and cash equivalents at the end of the reporting period".
    public static func isClosing(_ label: String) -> Bool {
        Words.contains(label, anyOf: ["closing", "carried forward", "c/f", "forecast position", "outturn", "balance at", "at end", "at the end"])
    }

    /// A column heading that names a balance, read with its spaces dropped too: a printer cuts
    /// a heading's words where its column is too narrow for them ("Balanc" over "e at 31").
    public static func namesBalance(heading: String) -> Bool {
        if isOpening(heading) || isClosing(heading) { return true }
        let joined = String(heading.lowercased().filter { !$0.isWhitespace })
        return ["balanceat", "balanceasat", "openingbalance", "closingbalance", "broughtforward", "carriedforward"].contains { joined.contains($0) }
    }
}
