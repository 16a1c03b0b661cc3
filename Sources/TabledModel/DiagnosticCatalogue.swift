/// Every diagnostic Tabled can give, and every note it can attach: the one catalogue.
///
/// A stage says what it found as a `DiagnosticKind` with the facts as associated values;
/// the stable id, the severity and the wording are derived here and nowhere else, as
/// swift-argument-parser derives its messages from `MessageInfo`. The ids are a contract
/// (DESIGN.md); the wording may improve.
public enum DiagnosticKind: Sendable, Equatable {
    // Reading files and YAML.
    case tooLarge(megabytes: Int)
    /// A Word, HTML or PDF file that cannot be read as a paper: corrupt, encrypted, a scan.
    case unreadablePaper(format: String, why: UnreadablePaper)
    case binary
    case notUTF8
    case empty
    case syntax(String)
    case unfinished(String)
    case undefinedAlias(String)
    case duplicateKey(String)
    case alias
    case tooManyValues(limit: Int)
    case tooDeep(limit: Int)
    case tooWide(cells: Int)
    // The paper's fields.
    case unknownKey(String, context: String)
    case keyNotText
    case missing(String, context: String)
    case wrongType(String, expected: String, found: String)
    case badDate(String, text: String)
    case badChoice(String, text: String, choices: [String])
    case badUnit(String)
    case badInteger(String, text: String)
    case badColour(String, text: String)
    case unknownImplication(String)
    case agendaItemKind
    case keyDecisionNeedsPlan
    case emptyText
    case badTolerance
    case rowNeedsLabel
    case totalAndFormula
    case badTotal(String, choices: [String])
    case exemptNeedsParagraphs
    case badSchedule12A(Int)
    // Tables and figures.
    case totalMismatch(terms: String, expected: PrintedAmount, target: String, actual: PrintedAmount, difference: PrintedAmount)
    case formulaMismatch(terms: String, expected: PrintedAmount, target: String, actual: PrintedAmount, difference: PrintedAmount)
    /// One printed figure that every failing identity it takes part in blames: the value that
    /// makes them all hold. `total` when one of them is a total.
    case figureMismatch(figure: String, actual: PrintedAmount, expected: PrintedAmount, identities: Int, difference: PrintedAmount, total: Bool)
    case roundingDifference(terms: String, expected: PrintedAmount, target: String, actual: PrintedAmount, difference: PrintedAmount, tolerance: PrintedAmount)
    /// Several rounding differences in one table, worded once; each is a note.
    case roundingDifferences(table: String, count: Int)
    /// A ratio or product whose printed result is off, but within what its figures' rounding allows.
    case ratioRounding(terms: String, expected: PrintedAmount, target: String, actual: PrintedAmount, difference: PrintedAmount)
    /// A formula divides by a printed zero.
    case divisionByZero(formula: String, target: String, divisor: String)
    case badValue(String, AmountParseFailure)
    /// A figure in a published paper that cannot be read: it is left out, not refused.
    case unreadableValue(String, AmountParseFailure)
    case overflow
    case unitMismatch(String, printed: AmountUnit, column: AmountUnit)
    case sumAcrossUnits(total: String, unit: AmountUnit, other: String, otherUnit: AmountUnit)
    case formulaAcrossUnits(name: String, unit: AmountUnit, target: String, targetUnit: AmountUnit)
    case wrongCellCount(row: String, found: Int, expected: Int)
    case headingWithValues(String)
    case emptyTotal(String)
    case sumColumnFirst(String)
    case badFormula(String, Formula.ParseError)
    case unknownName(String, kind: String)
    case unknownFigureName(String)
    case cycle(String)
    case tableCycle(String)
    case tooManyColumns(Int, limit: Int)
    case notChecked(table: String, why: NotCheckedReason)
    // The report as a whole.
    case unknownTable(String)
    case duplicateID(kind: String, id: String)
    case tableNotPlaced(String)
    case tablePlacedTwice(String)
    case missingImplication(String, body: String)
    case proseTooDeep(limit: Int)
    case outsideFile(String)
    /// A file WeasyPrint was not let read while printing the PDF: outside the paper's folders, or on the network.
    case notPrintedInPDF(String)
    // References in prose.
    case unknownReference(kind: String, name: String)
    case badPlaceholder(String)
    case unknownTableCell(String)
    case figureWithoutValue(String)
    case staleFigure(printed: String, known: String, name: String)
    // Appendices in files of their own.
    case appendixMissing(String, reason: String)
    case appendixOutside(String)
    case appendixIsReport(String)
    // Agendas and packs.
    case reportMissing(String, reason: String)
    case reportOutside(String)
    case reportTwice(String)
    case exemptInPartOne(String)
    case notExemptInPartTwo(String)
    /// An item after the exclusion written out in the agenda: its text would be public.
    case textInPartTwo(String)
    case exclusionTwice
    case shortNotice(published: String, meeting: String, clearDays: Int)
    case meetingMismatch(report: String, agenda: String)
    case keyDecisionShortNotice(published: String, meeting: String, clearDays: Int)
    // Decision notices.
    case unknownDecisionItem(Int, items: Int)
    case decidedTwice(Int)
    case publishedBeforeMeeting(published: String, meeting: String)
    case exemptNeedsPublicDecision(Int)
    case decisionMissing(Int)
    /// A report to follow in a supplementary agenda with no reason for its lateness.
    case supplementWithoutReason(Int)
    /// A report's own `item:` differs from its place on the agenda, whose number it takes.
    case itemNumberDiffers(report: String, agenda: String)
    /// `supplement:` or `reason:` on an item that is not a report.
    case supplementNotAReport
    /// A supplement's report is not there yet: the main pack lists it as to follow.
    case supplementNotReady(String, supplement: Int)
    // Minutes.
    case badMinuteNumber(String)
    case unknownMinuteItem(Int, items: Int)
    case minutedTwice(Int)
    case resolutionMissing(Int, title: String)
    case privateNeedsSummary(Int)
    case notQuorate(present: Int, quorum: Int)
    /// A member who declared an interest that bars them from an item is recorded as voting on it.
    case votedWithInterest(member: String, item: Int, interest: String)
    case votesDoNotAddUp(item: Int, votes: Int, voters: Int)

    /// Why a published paper could not be read at all.
    public enum UnreadablePaper: Sendable, Equatable {
        /// A part that is not well-formed XML: "word/document.xml".
        case notWellFormed(part: String)
        case noElements
        case tooManyElements(Int, part: String?)
        case tooManyWords(Int)
        case tooManyTables(Int)
        /// XML entities, which no writer of the format uses: in `part`, or in the file itself.
        case declaresEntities(part: String?, note: String?)
        /// The system library (libxml2) could not be loaded; its loader says why.
        case library(String)
        case noWordBoxes
        case noText
        case notZip
        case noDocumentPart
        case unpackedTooLarge(megabytes: Int)
        /// The zip reader's own words.
        case cannotUnpack(String)
        /// The system's own words, when pdftotext would not start.
        case popplerCannotStart(String)
        case popplerOutputTooLarge(megabytes: Int)
        case popplerTimeout(seconds: Int)
        case encrypted
        /// Poppler's first line of complaint.
        case popplerCannotRead(String)
    }

    /// Why a table in a published paper was not checked.
    public enum NotCheckedReason: Sendable, Equatable {
        case noFigures, noIdentity, nothingCheckable
        /// A table written in YAML with no total, formula or balance: nothing to add up.
        case noStructure
        /// A reading was tried (the last row as the sum of the rows above…) and did not hold.
        case inferenceFailed
        /// A PDF region whose columns could not be told apart with confidence.
        case layoutUnclear(String)
    }

    /// The stable id, as printed in brackets and in JSON.
    public var id: String {
        switch self {
        case .tooLarge: "input.too-large"
        case .unreadablePaper: "input.unreadable-paper"
        case .binary, .notUTF8: "input.encoding"
        case .empty: "input.empty"
        case .syntax, .unfinished: "yaml.syntax"
        case .undefinedAlias, .alias: "yaml.alias"
        case .duplicateKey: "yaml.duplicate-key"
        case .tooManyValues, .tooDeep: "yaml.too-complex"
        case .tooWide, .tooManyColumns: "input.too-wide"
        case .unknownKey: "input.unknown-key"
        case .keyNotText, .wrongType, .badInteger, .rowNeedsLabel: "input.wrong-type"
        case .missing, .agendaItemKind, .keyDecisionNeedsPlan, .exemptNeedsParagraphs: "input.missing-field"
        case .badDate: "input.bad-date"
        case .badChoice, .badUnit, .badColour, .unknownImplication, .badTolerance, .totalAndFormula, .badTotal, .badSchedule12A:
            "input.bad-choice"
        case .emptyText: "input.empty-text"
        case .totalMismatch: "table.total-mismatch"
        case .formulaMismatch: "table.formula-mismatch"
        case .figureMismatch(_, _, _, _, _, let total): total ? "table.total-mismatch" : "table.formula-mismatch"
        case .roundingDifference, .ratioRounding, .roundingDifferences: "table.rounding-difference"
        case .divisionByZero: "table.division-by-zero"
        case .badValue, .unreadableValue, .overflow: "table.bad-value"
        case .unitMismatch, .sumAcrossUnits, .formulaAcrossUnits: "table.unit-mismatch"
        case .wrongCellCount, .headingWithValues, .emptyTotal, .sumColumnFirst, .badFormula, .unknownName, .unknownFigureName,
             .cycle, .tableCycle:
            "table.shape"
        case .notChecked: "table.not-checked"
        case .unknownTable: "report.unknown-table"
        case .duplicateID: "report.duplicate-id"
        case .tableNotPlaced: "report.table-not-placed"
        case .tablePlacedTwice: "report.table-placed-twice"
        case .missingImplication: "report.missing-implication"
        case .proseTooDeep: "markdown.too-deep"
        case .outsideFile: "ref.outside-file"
        case .notPrintedInPDF: "pdf.file-not-printed"
        case .unknownReference, .unknownTableCell, .figureWithoutValue: "ref.unknown"
        case .badPlaceholder: "ref.bad-placeholder"
        case .staleFigure: "ref.stale-figure"
        case .appendixMissing: "appendix.missing-file"
        case .appendixOutside: "appendix.outside"
        case .appendixIsReport: "appendix.is-report"
        case .reportMissing: "agenda.report-missing"
        case .reportOutside: "agenda.report-outside"
        case .reportTwice: "agenda.report-twice"
        case .exemptInPartOne: "agenda.exempt-in-part-one"
        case .notExemptInPartTwo, .textInPartTwo: "agenda.not-exempt-in-part-two"
        case .exclusionTwice: "agenda.exclusion-twice"
        case .shortNotice: "agenda.short-notice"
        case .meetingMismatch: "agenda.meeting-mismatch"
        case .keyDecisionShortNotice: "forward-plan.short-notice"
        case .unknownDecisionItem: "decisions.unknown-item"
        case .decidedTwice: "decisions.decided-twice"
        case .publishedBeforeMeeting: "decisions.published-early"
        case .exemptNeedsPublicDecision: "decisions.exempt-needs-public-decision"
        case .decisionMissing: "decisions.missing-decision"
        case .supplementWithoutReason: "agenda.supplement-without-reason"
        case .itemNumberDiffers: "agenda.item-number-differs"
        case .supplementNotAReport: "agenda.supplement-not-a-report"
        case .supplementNotReady: "agenda.supplement-to-follow"
        case .badMinuteNumber: "minutes.bad-number"
        case .unknownMinuteItem: "minutes.unknown-item"
        case .minutedTwice: "minutes.minuted-twice"
        case .resolutionMissing: "minutes.missing-resolution"
        case .privateNeedsSummary: "minutes.missing-public-summary"
        case .notQuorate: "minutes.not-quorate"
        case .votedWithInterest: "minutes.voted-with-interest"
        case .votesDoNotAddUp: "minutes.votes-do-not-add-up"
        }
    }

    public var severity: Diagnostic.Severity {
        switch self {
        case .notChecked: .note
        case .roundingDifference, .ratioRounding, .roundingDifferences, .unreadableValue, .tableNotPlaced, .staleFigure, .shortNotice, .proseTooDeep, .outsideFile, .notPrintedInPDF,
             .keyDecisionShortNotice, .votedWithInterest, .votesDoNotAddUp, .supplementNotReady, .itemNumberDiffers: .warning
        default: .error
        }
    }

    /// The message as printed after `error:`.
    public var message: String {
        switch self {
        case .tooLarge(let megabytes): "the file is larger than \(megabytes) MB; a paper is far smaller"
        case .unreadablePaper(let format, let why): "the file cannot be read as a \(format) paper: \(Self.why(why))"
        case .binary: "the file holds binary data, not text"
        case .notUTF8: "the file is not UTF-8 text"
        case .empty: "the file is empty"
        case .syntax(let problem), .undefinedAlias(let problem): "the YAML cannot be read: \(problem)"
        case .unfinished(let context):
            if context.contains("quoted scalar") { "this quoted text is never closed" }
            else if context.contains("flow") { "this [ or { is never closed" }
            else { "the YAML cannot be read: it ends \(context)" }
        case .duplicateKey(let key): "the key '\(key)' is given twice in the same mapping"
        case .alias: "YAML anchors and aliases (&name, *name) are not allowed in papers"
        case .tooManyValues(let limit): "the document has more than \(limit) values; it is too large to be a paper"
        case .tooDeep(let limit): "values are nested more than \(limit) levels deep"
        case .tooWide(let cells):
            "this line has \(cells) '|' cell separators; Tabled reads tables and prose of at most \(InputLimits.maximumCells) cells a row"
        case .unknownKey(let key, let context): "unknown key '\(key)' in \(context)"
        case .keyNotText: "keys must be plain words"
        case .missing(let key, let context): "\(context) has no '\(key)'"
        case .wrongType(let key, let expected, let found): "'\(key)' should be \(expected), not \(found)"
        case .badDate(let key, let text): "'\(key)' is not a real date: '\(text)'"
        case .badChoice(let key, let text, let choices): "'\(key)' cannot be '\(text)'; it is one of: " + choices.joined(separator: ", ")
        case .badUnit(let text): "'\(text)' is not a unit; units are: " + AmountUnit.spellings.joined(separator: ", ")
        case .badInteger(let key, let text): "'\(key)' should be a whole number, not '\(text)'"
        case .badColour(let name, let text): "colour '\(name)' should be written #rrggbb, not '\(text)'"
        case .unknownImplication(let kind): "'\(kind)' is not a kind of implication Tabled knows"
        case .agendaItemKind: "an agenda item is a standard item, a report, or a title with text"
        case .keyDecisionNeedsPlan: "a key decision must name its forward plan reference"
        case .emptyText: "this text is empty"
        case .badTolerance: "'tolerance' can only be 0, which makes every identity in the table exact"
        case .rowNeedsLabel: "a row written as a list starts with its label"
        case .totalAndFormula: "a row or column cannot have both 'total' and 'formula'"
        case .badTotal(let text, let choices): "'total' cannot be '\(text)'; it is one of: " + choices.joined(separator: ", ")
        case .exemptNeedsParagraphs: "an exempt report names its Schedule 12A paragraphs"
        case .badSchedule12A(let n): "Schedule 12A has paragraphs 1 to 7, not \(n)"
        case .totalMismatch(let terms, let expected, let target, let actual, let difference):
            "\(terms) sum to \(expected), but \(target) says \(actual): a difference of \(difference)"
        case .formulaMismatch(let terms, let expected, let target, let actual, let difference):
            "\(terms) come to \(expected), but \(target) says \(actual): a difference of \(difference)"
        case .roundingDifferences(let table, let count):
            "\(count) figures in table '\(table)' are off, each only within what the rounding of the figures it is worked from allows"
        case .figureMismatch(let figure, let actual, let expected, let identities, let difference, _):
            "\(figure) says \(actual), but \(identities == 2 ? "both" : "all \(identities)") of the totals and formulas it takes part in "
                + "hold with \(expected): a difference of \(difference)"
        case .ratioRounding(let terms, let expected, let target, let actual, let difference):
            "\(terms) come to \(expected) and \(target) says \(actual): a difference of \(difference), within what the rounding of its figures allows"
        case .divisionByZero(let formula, let target, let divisor):
            "'\(formula)' divides by \(divisor), which is zero, so \(target) has no value to check"
        case .roundingDifference(let terms, let expected, let target, let actual, let difference, let tolerance):
            "\(terms) sum to \(expected) and \(target) says \(actual): a difference of \(difference), within the rounding allowance of \(tolerance)"
        case .badValue(let text, let failure), .unreadableValue(let text, let failure):
            "'\(text)' cannot be read as an amount: \(Self.why(failure))"
        case .overflow: "the figures are too large to add up exactly"
        case .unitMismatch(let text, let printed, let column): "'\(text)' is in \(printed.rawValue) but its column is in \(column.rawValue)"
        case .sumAcrossUnits(let total, let unit, let other, let otherUnit):
            "total column '\(total)' is in \(unit.rawValue) but would add column '\(other)', which is in \(otherUnit.rawValue)"
        case .formulaAcrossUnits(let name, let unit, let target, let targetUnit):
            "the formula for \(target) (\(Self.unitWords(targetUnit))) names '\(name)', which is \(Self.unitWords(unit)): "
                + "money converts only to money"
        case .wrongCellCount(let row, let found, let expected):
            "row '\(row)' has \(found) value\(found == 1 ? "" : "s") but the table has \(expected) column\(expected == 1 ? "" : "s")"
        case .headingWithValues(let row): "heading row '\(row)' cannot have values"
        case .emptyTotal(let row): "total row '\(row)' has no data rows above it to add up"
        case .sumColumnFirst(let column): "total column '\(column)' has no value columns to its left to add up"
        case .badFormula(let text, let error):
            switch error {
            case .unexpected(let rest): "the formula '\(text)' cannot be read at '\(rest)'"
            case .unbalanced: "the formula '\(text)' has unbalanced brackets"
            case .empty: "the formula '\(text)' names nothing"
            case .tooDeep: "the formula '\(text)' has brackets more than \(Formula.maximumDepth) deep"
            }
        case .unknownName(let name, let kind): "the formula names '\(name)', which is no \(kind) of this table"
        case .unknownFigureName(let name): "the formula names '\(name)', which is no figure and no table row"
        case .cycle(let target): "\(target) depends on itself through its formulas"
        case .tableCycle(let id): "table '\(id)' depends on itself through formulas that name other tables"
        case .tooManyColumns(let count, let limit): "the table has \(count) columns; Tabled renders tables of at most \(limit)"
        case .notChecked(let table, let why):
            switch why {
            case .noFigures: "table '\(table)' was not checked: it has no column of figures"
            case .noIdentity:
                "table '\(table)' was not checked: Tabled found no total row, no Total column and no opening and closing balance in it"
            case .nothingCheckable: "table '\(table)' was not checked: every total in it has a missing or illegible figure"
            case .noStructure: "table '\(table)' was not checked: nothing in it is a total, a formula or a balance, so there was nothing to add up"
            case .inferenceFailed:
                "table '\(table)' was not checked: it has no total row, Total column or balance by name, and no sum Tabled tried holds"
            case .layoutUnclear(let why): "table '\(table)' was not checked: \(why)"
            }
        case .unknownTable(let id): "there is no table '\(id)'"
        case .duplicateID(let kind, let id): "two \(kind)s have the id '\(id)'"
        case .tableNotPlaced(let id): "table '\(id)' is not placed in any section, so it will not be printed"
        case .tablePlacedTwice(let id): "table '\(id)' is placed twice"
        case .missingImplication(let kind, let body):
            "reports to \(body) must state their \(kind.replacingOccurrences(of: "_", with: " ")) implications, and this one does not"
        case .proseTooDeep(let limit):
            "this text nests quotes, lists or emphasis more than \(limit) levels deep; what lies deeper is printed as plain text"
        case .notPrintedInPDF(let url):
            "not printed in the PDF: '\(url)': a PDF uses only files in the paper's folder, and nothing from the network"
        case .outsideFile(let path):
            "'\(path)' is outside the paper's folder, so it is left out: a paper may show and link only files beside it or below it"
        case .unknownReference(let kind, let name): "there is no \(kind) '\(name)' to refer to"
        case .badPlaceholder(let text):
            "'{{\(text)}}' is not a reference Tabled knows; use {{ref:ID}}, {{figure:NAME}} or {{table:ID.ROW}}"
        case .unknownTableCell(let path): "there is no table cell '\(path)' to quote"
        case .figureWithoutValue(let name): "figure '\(name)' has no printed value to quote"
        case .staleFigure(let printed, let known, let name): "\(printed) is close to, but not, \(known) (\(name)): is it a stale copy?"
        case .appendixMissing(let path, let reason): "the appendix file '\(path)' cannot be read: \(reason)"
        case .appendixIsReport(let path): "the appendix file '\(path)' is the report itself; an appendix cannot hold its own report"
        case .appendixOutside(let path):
            "the appendix file '\(path)' is outside the report's folder; appendices must sit in the report's folder or below it"
        case .reportMissing(let path, let reason): "the report '\(path)' cannot be read: \(reason)"
        case .reportOutside(let path):
            "the report '\(path)' is outside the agenda's folder; reports must sit in the agenda's folder or below it"
        case .reportTwice(let path): "the report '\(path)' is on the agenda twice"
        case .exemptInPartOne(let path): "the report '\(path)' is exempt, but it is in Part I, before the exclusion of the press and public"
        case .notExemptInPartTwo(let path): "the report '\(path)' is in Part II but is not exempt"
        case .textInPartTwo(let title): "the item '\(title)' is in Part II but its text is written in the agenda, which is public"
        case .exclusionTwice: "the press and public are excluded twice; everything after the first exclusion is already Part II"
        case .shortNotice(let published, let meeting, let clearDays):
            "the agenda is published on \(published), only \(clearDays) clear day\(clearDays == 1 ? "" : "s") before the meeting on \(meeting); "
                + "the law asks for at least five"
        case .meetingMismatch(let report, let agenda):
            "the report is written for \(report), but this agenda is for \(agenda)"
        case .keyDecisionShortNotice(let published, let meeting, let clearDays):
            "this key decision is in the forward plan published on \(published), only \(clearDays) clear day\(clearDays == 1 ? "" : "s") "
                + "before the meeting on \(meeting); a key decision needs 28"
        case .unknownDecisionItem(let item, let items):
            "there is no item \(item) on the agenda, which has \(items) item\(items == 1 ? "" : "s")"
        case .decidedTwice(let item): "item \(item) is decided twice"
        case .publishedBeforeMeeting(let published, let meeting):
            "the notice is published on \(published), before the meeting on \(meeting)"
        case .exemptNeedsPublicDecision(let item):
            "item \(item) is exempt, so the notice prints only public_decision, the decision in general terms; it has none"
        case .decisionMissing(let item): "item \(item) has no decision"
        case .supplementWithoutReason(let number):
            "this report follows in supplementary agenda \(number) but gives no reason why it is late, which the chair must state at the meeting"
        case .itemNumberDiffers(let report, let agenda):
            "the report says it is item \(report), but the agenda has it as item \(agenda): it is printed as item \(agenda)"
        case .supplementNotAReport: "only a report can follow in a supplementary agenda, with supplement: and reason:"
        case .supplementNotReady(let path, let number):
            "'\(path)' is not there yet: the agenda lists it as to follow, and supplementary agenda \(number) is not written"
        case .badMinuteNumber(let text): "first_minute '\(text)' is not a minute number such as 23 or 23/26"
        case .unknownMinuteItem(let item, let items): "there is no item \(item) on the agenda, which has \(items) items"
        case .minutedTwice(let item): "item \(item) is minuted twice"
        case .resolutionMissing(let item, let title): "item \(item) '\(title)' is for decision, but no resolution is recorded"
        case .privateNeedsSummary(let item):
            "item \(item) was taken in private, so the public minutes print only its public_summary, and it has none"
        case .notQuorate(let present, let quorum):
            "\(present) member\(present == 1 ? " is" : "s are") recorded as present, fewer than the quorum of \(quorum): no decision the meeting made stands"
        case .votedWithInterest(let member, let item, let interest):
            "\(member) declared \(interest) in item \(item), and is recorded as voting on it"
        case .votesDoNotAddUp(let item, let votes, let voters):
            "the vote on item \(item) counts \(votes) member\(votes == 1 ? "" : "s"), but \(voters) could vote"
        }
    }

    /// "in £m", "a percentage", "a count".
    private static func unitWords(_ unit: AmountUnit) -> String {
        switch unit {
        case .percent: "a percentage"
        case .number: "a count"
        default: "in \(unit.rawValue)"
        }
    }

    private static func why(_ paper: UnreadablePaper) -> String {
        switch paper {
        case .notWellFormed(let part): "\(part) is not well-formed XML"
        case .noElements: "it holds no HTML elements"
        case .tooManyElements(let limit, let part): "\(part ?? "it") has more than \(limit) elements"
        case .tooManyWords(let limit): "it has more than \(limit) words"
        case .tooManyTables(let limit): "it has more than \(limit) tables"
        case .declaresEntities(let part, let note): "\(part.map { "\($0) declares" } ?? "it declares") XML entities" + (note.map { ", \($0)" } ?? "")
        case .library(let why): why
        case .noWordBoxes: "poppler gave no word boxes for it"
        case .noText: "it has no text to read (a scanned image?); nothing was checked"
        case .notZip: "it is not a zip archive, as a .docx file is"
        case .noDocumentPart: "it has no word/document.xml (is it a .doc or another zip?)"
        case .unpackedTooLarge(let megabytes): "its text is larger than \(megabytes) MB unpacked"
        case .cannotUnpack(let detail): "its text cannot be unpacked (\(detail))"
        case .popplerCannotStart(let detail): "pdftotext could not start: \(detail)"
        case .popplerOutputTooLarge(let megabytes): "poppler's text for it is larger than \(megabytes) MB"
        case .popplerTimeout(let seconds): "poppler did not finish reading it within \(seconds) seconds"
        case .encrypted: "it is encrypted; save an unlocked copy and check that"
        case .popplerCannotRead(let detail): "poppler cannot read it (\(detail))"
        }
    }

    private static func why(_ failure: AmountParseFailure) -> String {
        switch failure {
        case .trailingText(let rest): "'\(rest)' does not belong to an amount"
        case .badGrouping: "its thousands separators are in the wrong places"
        case .extraDecimalPoint: "it has more than one decimal point"
        case .noDigits: "it has no digits"
        case .notDecimal: "write amounts as plain decimals, as printed"
        case .tooLarge: "it has more digits than Tabled can hold exactly"
        case .unbalancedBrackets: "its brackets do not match"
        }
    }
}
