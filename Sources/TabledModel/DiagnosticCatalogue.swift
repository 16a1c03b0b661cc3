/// Every diagnostic Tabled can give: the one catalogue.
///
/// A stage says what it found as a `DiagnosticKind` with the facts as associated values;
/// the stable id and the severity are derived here, the wording beside it
/// (DiagnosticKind+Wording.swift, and NoteKind.swift for notes) and nowhere else, as
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
    /// A recorded vote names someone the minutes do not have as present or substituting.
    case voterNotPresent(member: String, item: Int)

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
        /// Poppler ran past the time allowed a file of its size.
        case popplerTimeout(seconds: Int, kilobytes: Int)
        /// More words than a real paper of its size holds: a few kilobytes drawn many times over.
        case tooManyWordsForSize(Int, kilobytes: Int)
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
        case .voterNotPresent: "minutes.voter-not-present"
        }
    }

    public var severity: Diagnostic.Severity {
        switch self {
        case .notChecked: .note
        case .roundingDifference, .ratioRounding, .roundingDifferences, .unreadableValue, .tableNotPlaced, .staleFigure, .shortNotice, .proseTooDeep, .outsideFile, .notPrintedInPDF,
             .keyDecisionShortNotice, .votedWithInterest, .votesDoNotAddUp, .voterNotPresent, .supplementNotReady, .itemNumberDiffers: .warning
        default: .error
        }
    }
}
