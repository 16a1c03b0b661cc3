/// The words that make a row or column a stated total, as councils print them: one rule for
/// the reader that marks totals and the guesses that read a Total column printed first.
public enum TotalLabels {
    /// What a label's words say it adds: a subtotal, a total, or nothing. A running total
    /// ("Cumulative total", "Running total", "Total to date") adds each figure to the one
    /// before it, along the table, never the figures beside it.
    public static func kind(_ label: String) -> TableRow.Total? {
        if Words.contains(label, anyOf: ["cumulative", "running total", "to date", "year to date", "ytd", "brought forward", "b/f"]) { return nil }
        if Words.contains(label, anyOf: ["subtotal", "subtotals", "sub-total", "sub-totals", "sub total", "sub totals"]) { return .subtotal }
        if Words.contains(label, anyOf: ["total", "totals"]) { return .sum }
        return nil
    }
}
