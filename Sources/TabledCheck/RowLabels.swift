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
        var namesClosing: [Bool] = [], namesNet: [Bool] = [], isBlank: [Bool] = []
        for r in table.rows.indices {
            let label = table.rows[r].label.value
            // "Adjustments to net surplus or deficit on the provision of services for non-cash
            // movements" names the figure it adjusts, not itself: an item of a cash flow statement.
            let adjusts = label.trimmedOfSpaces.lowercased().hasPrefix("adjustment")
            namesClosing.append(!adjusts && Words.contains(label, anyOf: StructureInference.closingNames))
            namesNet.append(Words.contains(label, anyOf: ["net"]))
            isBlank.append(label.trimmedOfSpaces.isEmpty)
        }
        self.namesClosing = namesClosing
        self.namesNet = namesNet
        self.isBlank = isBlank
    }
}
