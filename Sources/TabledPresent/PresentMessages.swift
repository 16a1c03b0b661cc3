/// The wording of the presentation stage's diagnostics.
enum PresentMessages {
    static func unknownReference(_ kind: String, _ name: String) -> String {
        "there is no \(kind) '\(name)' to refer to"
    }
    static func didYouMean(_ name: String) -> String { "did you mean '\(name)'?" }
    static func unknownPlaceholder(_ text: String) -> String {
        "'{{\(text)}}' is not a reference Tabled knows; use {{ref:ID}}, {{figure:NAME}} or {{table:ID.ROW}}"
    }
    static func unknownTableCell(_ path: String) -> String {
        "there is no table cell '\(path)' to quote"
    }
    static let tableCellHelp = "write {{table:TABLE.ROW}} for a one-column table, {{table:TABLE.ROW.COLUMN}} otherwise; ROW may be 'total'"
    static func staleFigure(_ printed: String, _ known: String, _ name: String) -> String {
        "\(printed) is close to, but not, \(known) (\(name)): is it a stale copy?"
    }
    static let staleFigureHelp = "quote the figure with {{figure:NAME}} or {{table:ID.ROW}} so that prose and tables cannot disagree"
    static func knownFigureHere(_ name: String) -> String { "\(name) is stated here" }
    static func figureWithoutValue(_ name: String) -> String {
        "figure '\(name)' has no printed value to quote"
    }
}

/// The stable ids of the presentation stage's diagnostics.
public enum PresentDiagnostic {
    public static let unknownReference = "ref.unknown"
    public static let badPlaceholder = "ref.bad-placeholder"
    /// (warning) a money amount written in prose within 1% of a figure the paper states.
    public static let staleFigure = "ref.stale-figure"
}
