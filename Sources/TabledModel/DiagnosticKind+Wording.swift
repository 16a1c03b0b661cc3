/// The catalogue's wording: every diagnostic's message, from its facts. Ids and severities
/// are beside the kinds in DiagnosticCatalogue.swift; notes' wording is in NoteKind.swift.
extension DiagnosticKind {
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
        case .voterNotPresent(let member, let item):
            "\(member) is recorded as voting on item \(item) but is not among those present or substituting"
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
        case .popplerTimeout(let seconds, let kilobytes):
            "poppler did not finish reading it within \(seconds) seconds, the time allowed a file of \(kilobytes) KB (6 seconds and 20 a megabyte)"
        case .tooManyWordsForSize(let limit, let kilobytes):
            "poppler finds more than \(limit) words in it, more than a paper of \(kilobytes) KB holds (100,000 and 200 a kilobyte are allowed; real papers have under 10 a kilobyte)"
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
