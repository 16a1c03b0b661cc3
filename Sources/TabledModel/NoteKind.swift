/// Every note a diagnostic can carry: where else to look, and what to do.
public enum NoteKind: Sendable, Equatable {
    /// Words from another tool (libyaml), passed on as they are.
    case quoted(String)
    case supplementReasonHelp
    case didYouMean(String)
    case allowedKeys([String])
    case firstHere
    case syntaxHelp
    case duplicateKeyHelp
    case emptyHelp
    case notUTF8Help
    case aliasHelp
    case missingHelp(String, example: String)
    case badDateHelp
    case agendaItemHelp
    case keyDecisionHelp
    case emptyTextHelp
    case rowNeedsLabelHelp
    case exemptNeedsParagraphsHelp
    case exactHelp
    case roundingHelp(count: Int, half: PrintedAmount)
    /// How a ratio was checked.
    case intervalHelp
    /// What to print where a ratio has no value.
    case divisionByZeroHelp
    case mismatchHelp
    /// A failing identity that one wrong figure explains, in its own words.
    case explainedFailure(String)
    case figureMismatchHelp
    case councilTaxBandHelp
    case quoteColonLabelHelp(String)
    case term(String, PrintedAmount)
    case badValueHelp
    case unitMismatchHelp
    case wrongCellCountHelp
    case tableNotPlacedHelp
    case formulaHelp
    case figureNameHelp
    case houseStyleRule(String)
    case missingImplicationHelp(String)
    case sumAcrossUnitsHelp
    case hintHelp
    case triedReading(String)
    case tableCellHelp
    case staleFigureHelp
    case knownFigureHere(String)
    case exemptInPartOneHelp
    case notExemptInPartTwoHelp
    case textInPartTwoHelp
    case theMeeting
    case proseTooDeepHelp
    case outsideFileHelp
    case appendixFileHelp
    case quoteLabelHelp(String)
    case meetingMismatchHelp
    case agendaMeetingHere

    public var message: String {
        switch self {
        case .quoted(let text): text
        case .supplementReasonHelp: "add reason: why the report could not be with the agenda, e.g. reason: \"The tender evaluation ended after the agenda was published.\" (Local Government Act 1972, s.100B(4)(b))"
        case .didYouMean(let name): "did you mean '\(name)'?"
        case .allowedKeys(let keys): "allowed here: " + keys.joined(separator: ", ")
        case .firstHere: "the first is here"
        case .syntaxHelp: "check the indentation and quoting near this line; indent with spaces, not tabs"
        case .duplicateKeyHelp: "keep one of them; YAML would silently use only the last"
        case .emptyHelp: "start from 'tabled new report PATH'"
        case .notUTF8Help: "save it as UTF-8"
        case .aliasHelp: "write the value out where it is needed"
        case .missingHelp(let key, let example): "add it, for example: \(key): \(example)"
        case .badDateHelp: "write dates in ISO form, year-month-day, e.g. 2006-03-21"
        case .agendaItemHelp: "for example: - standard: apologies, - report: reports/paper.yaml, or - {title: Minutes, text: ...}"
        case .keyDecisionHelp: "write key_decision: {forward_plan: FP/2026/012}, or key_decision: false"
        case .emptyTextHelp: "write the text, or remove the key"
        case .rowNeedsLabelHelp: "for example: [PCTs, 26.6, 27.6, 27.6]"
        case .exemptNeedsParagraphsHelp: "for example: exempt: {paragraphs: [3], reason: \"commercially sensitive terms\"}"
        case .exactHelp: "the table says 'tolerance: 0', so its figures must add up exactly"
        case .intervalHelp: "each printed figure stands for anything within half a unit of its last printed place; the formula was worked over those ranges, and the printed result's range meets the result's"
        case .divisionByZeroHelp: "print n/a, or leave the cell blank, where the figure divided by is zero"
        case .roundingHelp(let count, let half):
            "\(count) printed figures, each good to ±\(half), allow a difference of up to \(count) × \(half)"
        case .mismatchHelp: "correct the figures, or the total; Tabled never replaces a printed total"
        case .explainedFailure(let message): "so " + message
        case .figureMismatchHelp: "correct this figure: one figure explains every failure listed here"
        case .quoteColonLabelHelp(let label):
            "put the label in quotes, \"\(label)\": unquoted in a list, YAML reads a colon and a space as a key and its value"
        case .councilTaxBandHelp:
            "each band is fixed ninths of Band D (A 6, B 7, C 8, E 11, F 13, G 15, H 18), worked from Band D before it is rounded to the penny"
        case .term(let name, let value): "\(name): \(value)"
        case .badValueHelp:
            "write the figure as printed, e.g. 1,234 or (820,232) or £2.653m; use - for no figure and ? for an illegible one"
        case .unitMismatchHelp: "give the column its own unit, or print the figure in the column's unit"
        case .wrongCellCountHelp: "give one value per column; use - for a cell with no figure"
        case .tableNotPlacedHelp: "place it with a paragraph '- table: ID' where it belongs"
        case .formulaHelp: "write ids joined by + and -, with brackets if needed: opening + savings - pressures; ratios use * and / with numbers: actual / budget * 100"
        case .figureNameHelp: "name a figure, a table row as TABLE.ROW (a one-column table) or TABLE.ROW.COLUMN"
        case .houseStyleRule(let body): "the house style's rule for \(body)"
        case .missingImplicationHelp(let kind):
            "add it under implications:, for example  \(kind): There are no \(kind.replacingOccurrences(of: "_", with: " ")) implications."
        case .sumAcrossUnitsHelp:
            "a total column adds the columns to its left back to the previous total column; move the other column to its right, or add a total column before it"
        case .hintHelp:
            "if it does add up in some way, say how with <!-- tabled: sum --> or <!-- tabled: balance --> on the line before it; <!-- tabled: ignore --> silences this"
        case .triedReading(let what):
            "Tabled tried \(what); it does not hold, and a guess is never reported as an error"
        case .tableCellHelp: "write {{table:TABLE.ROW}} for a one-column table, {{table:TABLE.ROW.COLUMN}} otherwise; ROW may be 'total'"
        case .staleFigureHelp: "quote the figure with {{figure:NAME}} or {{table:ID.ROW}} so that prose and tables cannot disagree"
        case .knownFigureHere(let name): "\(name) is stated here"
        case .exemptInPartOneHelp: "move it after '- standard: exclusion', or make it exempt: false if it may be published"
        case .textInPartTwoHelp:
            "write it as an exempt report (report: ..., with exempt: {paragraphs: [...]}), or give the item its title only"
        case .notExemptInPartTwoHelp:
            "give it exempt: {paragraphs: [N], reason: ...} with its Schedule 12A paragraphs, or move it before the exclusion"
        case .theMeeting: "the meeting"
        case .proseTooDeepHelp: "nest quotes and lists a few levels at most; a paper never needs more"
        case .outsideFileHelp: "copy the file into the paper's folder and give its path from there, e.g. images/chart.png"
        case .appendixFileHelp: "give the appendix's Tabled file relative to the report, e.g. file: annex-1.yaml, or leave file: out"
        case .quoteLabelHelp(let label):
            "if the label is '\(label)', put it in quotes: YAML reads the commas of an unquoted label as new values"
        case .meetingMismatchHelp: "put the report on the agenda of the meeting it was written for, or correct its meeting:"
        case .agendaMeetingHere: "the agenda's meeting is here"
        }
    }
}
