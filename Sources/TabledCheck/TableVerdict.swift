import TabledModel

/// What checking one table found, beyond its diagnostics.
public struct TableVerdict: Sendable {
    /// The table's id or caption.
    public var table: String
    /// Identities whose every figure was there to check.
    public var identitiesChecked: Int
    /// Identities skipped for an illegible or missing figure.
    public var identitiesNotChecked: Int
    /// Totals left blank in the source, computed to be shown.
    public var computed: [CellPosition: Amount]
    /// The cells an identity failed on (a total, a formula's result), with what was found:
    /// a review page highlights them.
    public var flagged: [CellPosition: Diagnostic]

    public init(table: String, identitiesChecked: Int = 0, identitiesNotChecked: Int = 0, computed: [CellPosition: Amount] = [:],
                flagged: [CellPosition: Diagnostic] = [:]) {
        self.table = table
        self.identitiesChecked = identitiesChecked
        self.identitiesNotChecked = identitiesNotChecked
        self.computed = computed
        self.flagged = flagged
    }

    /// A table counts as checked when at least one of its identities was.
    public var isChecked: Bool { identitiesChecked > 0 }
}
