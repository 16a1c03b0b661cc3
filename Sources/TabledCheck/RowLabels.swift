import TabledModel

/// What the guesses ask of every row's label, asked once: no guess changes a label, and
/// asking the rows themselves each time walked a table of many thousand rows out of the
/// processor's cache (see `RowRoles`).
struct RowLabels {
    /// The label names a closing figure (`StructureInference.closingNames`).
    let namesClosing: [Bool]
    /// The label says "net".
    let namesNet: [Bool]
    /// The label is empty, or only spaces.
    let isBlank: [Bool]

    init(_ table: BudgetTable) {
        namesClosing = table.rows.map { Words.contains($0.label.value, anyOf: StructureInference.closingNames) }
        namesNet = table.rows.map { Words.contains($0.label.value, anyOf: ["net"]) }
        isBlank = table.rows.map { $0.label.value.trimmedOfSpaces.isEmpty }
    }
}
