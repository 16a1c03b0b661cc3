import TabledModel

/// A report after the check stage: what was found wrong, and what was worked out for the
/// presenter (table verdicts and computed totals, numbering, resolved references).
public struct CheckedReport: Sendable {
    public var report: Report
    /// Sorted by location; errors mean nothing may be written.
    public var diagnostics: [Diagnostic]
    /// One verdict per table, by table id.
    public var verdicts: [String: TableVerdict]
    /// Where every numbered thing falls, as the page and every reference print it.
    public var numbering: NumberingPlan
    /// Every prose field and table label with its placeholders resolved, keyed by the field itself.
    public var texts: [Located<String>: ResolvedText]

    /// A field as resolved; a field the check did not see prints as written.
    public func text(_ field: Located<String>) -> ResolvedText {
        texts[field] ?? ResolvedText([.written(field.value)])
    }

    /// The verdicts in the order the tables are written.
    public var orderedVerdicts: [TableVerdict] {
        report.tables.compactMap { verdicts[$0.id.value] }
    }
}
