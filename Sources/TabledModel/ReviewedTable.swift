/// One table as a reviewer sees it: the table as it was found, the checker's verdict on it,
/// and the cells that were found wrong.
public struct ReviewedTable: Sendable {
    /// What the checker made of the table, worst first.
    public enum Verdict: Sendable, Equatable {
        /// An identity does not hold beyond the rounding rule.
        case error
        /// Every identity holds, some only within rounding.
        case withinRounding
        /// Every identity holds exactly.
        case pass
        /// Every identity checked holds, but some figures the table's structure should
        /// reach took part in none: the table is not known to add up.
        case partlyChecked
        /// Nothing could be checked: the reason, and what was tried.
        case notChecked(why: String, notes: [String])
        /// The author asked for the table to be left alone.
        case ignored

        /// The verdict's name in `tabled check --format json` (DESIGN.md section 7).
        public var contractName: String {
            switch self {
            case .error: "does-not-add-up"
            case .withinRounding, .pass: "adds-up"
            case .partlyChecked: "partly-checked"
            case .notChecked, .ignored: "not-checked"
            }
        }
    }

    /// A cell by its place in `printed`, as `FlaggedCell` counts them.
    public struct PrintedCell: Sendable, Hashable {
        public var row: Int
        public var column: Int

        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    /// A cell an identity failed on, by its place in `printed` (row of `printed.rows`, column
    /// counted from the label column at 0).
    public struct FlaggedCell: Sendable {
        public var row: Int
        public var column: Int
        public var diagnostic: Diagnostic

        public init(row: Int, column: Int, diagnostic: Diagnostic) {
            self.row = row
            self.column = column
            self.diagnostic = diagnostic
        }
    }

    /// A blank cell the checker worked out, as printed at its precision.
    public struct ComputedCell: Sendable {
        public var row: Int
        public var column: Int
        public var figure: String

        public init(row: Int, column: Int, figure: String) {
            self.row = row
            self.column = column
            self.figure = figure
        }
    }

    public var name: String
    public var location: SourceLocation
    /// The table as printed: what the review page shows.
    public var printed: PrintedTable
    public var verdict: Verdict
    public var flagged: [FlaggedCell]
    public var computed: [ComputedCell]
    /// Every diagnostic about this table, in source order.
    public var diagnostics: [Diagnostic]
    /// How many figures are printed in the table's figure columns.
    public var figures: Int
    /// The printed figures that took part in no checked identity.
    public var uncheckedFigures: [PrintedCell]

    /// How many printed figures took part in at least one checked identity.
    public var figuresChecked: Int { figures - uncheckedFigures.count }

    public init(name: String, location: SourceLocation, printed: PrintedTable, verdict: Verdict, flagged: [FlaggedCell] = [],
                computed: [ComputedCell] = [], diagnostics: [Diagnostic] = [], figures: Int = 0, uncheckedFigures: [PrintedCell] = []) {
        self.name = name
        self.location = location
        self.printed = printed
        self.verdict = verdict
        self.flagged = flagged
        self.computed = computed
        self.diagnostics = diagnostics
        self.figures = figures
        self.uncheckedFigures = uncheckedFigures
    }
}
