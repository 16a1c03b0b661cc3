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
    /// Every figure printed in the table's figure columns.
    public var figures: CellSet
    /// The figures the table itself says take part in no identity (a column with
    /// `check: false`): they are counted, but do not keep the table from adding up.
    public var figuresOutsideStructure: CellSet
    /// Cells that took part in at least one checked identity, as its result or one of its
    /// terms (a blank worked out from figures passes the check on to them).
    public var checkedFigures: CellSet

    public init(table: String, identitiesChecked: Int = 0, identitiesNotChecked: Int = 0, computed: [CellPosition: Amount] = [:],
                flagged: [CellPosition: Diagnostic] = [:], figures: CellSet = [], figuresOutsideStructure: CellSet = [],
                checkedFigures: CellSet = []) {
        self.table = table
        self.identitiesChecked = identitiesChecked
        self.identitiesNotChecked = identitiesNotChecked
        self.computed = computed
        self.flagged = flagged
        self.figures = figures
        self.figuresOutsideStructure = figuresOutsideStructure
        self.checkedFigures = checkedFigures
    }

    /// A table counts as checked when at least one of its identities was.
    public var isChecked: Bool { identitiesChecked > 0 }

    /// The printed figures that took part in no checked identity, in reading order.
    public var uncheckedFigures: [CellPosition] {
        Array(figures.subtracting(checkedFigures))
    }

    /// Whether every figure the table's structure reaches was checked: no figure outside
    /// the columns the table leaves out of its arithmetic went unchecked.
    public var coversTable: Bool {
        isChecked && figures.subtracting(figuresOutsideStructure).isSubset(of: checkedFigures)
    }
}
