/// The wording of what the Markdown checker says about tables it could not check.
enum MarkdownMessages {
    static func notChecked(_ table: String, _ why: String) -> String {
        "table '\(table)' was not checked: \(why)"
    }
    static let noFigures = "it has no column of figures"
    static let noIdentity = "Tabled found no total row, no Total column and no opening and closing balance in it"
    static let nothingCheckable = "every total in it has a missing or illegible figure"
    static func tooWide(_ pipes: Int, limit: Int) -> String {
        "this line has \(pipes) '|' cell separators; Tabled reads tables of at most \(limit) cells a row"
    }
    static let hintHelp = "if it does add up in some way, say how with <!-- tabled: sum --> or <!-- tabled: balance --> on the line before it; <!-- tabled: ignore --> silences this"
}
